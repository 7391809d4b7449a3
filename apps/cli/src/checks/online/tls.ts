import type { PeerCertificate } from "node:tls";
import type { ProfileCheck } from "../../doctor/engine/types.js";
import { resolveOnlineTarget } from "../../doctor/input/online-target.js";
import { socketReady } from "../../doctor/online/socket-ready.js";

const DAY_MS = 24 * 60 * 60 * 1000;

const UNTRUSTED = new Set([
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_ISSUER_CERT",
]);

/** Completes a TLS handshake with the system trust store (plus NODE_EXTRA_CA_CERTS) and returns the peer certificate. */
async function handshake(hostname: string, port: number, signal: AbortSignal): Promise<PeerCertificate> {
  const [{ connect }, { isIP }] = await Promise.all([import("node:tls"), import("node:net")]);
  const socket = connect({ host: hostname, port, ...(isIP(hostname) ? {} : { servername: hostname }) });
  return socketReady(socket, "secureConnect", signal, () => socket.getPeerCertificate());
}

/** Is the workspace's certificate trusted, valid and for this host? (P7: corporate CAs and TLS inspection.) */
export const tls: ProfileCheck = {
  id: "tls",
  title: "TLS certificate",
  group: "online",
  help: "Performs a TLS handshake the way Node does (system CAs plus NODE_EXTRA_CA_CERTS) and classifies failures: an untrusted issuer (usually a TLS-inspecting proxy: give each runtime the corporate CA), an expired certificate, or a name mismatch.",
  requires: ["tcp"],
  online: true,
  scope: "profile",
  async run(ctx, profile) {
    const target = resolveOnlineTarget(ctx.input, profile);
    if (!target) return [{ status: "skip", message: "Skipped: no usable host." }];
    if (!target.https)
      return [{ status: "skip", message: `Skipped: ${target.baseUrl} is plain HTTP on a loopback address (a local emulator); there is no TLS to check.` }];
    try {
      const certificate = await handshake(target.hostname, target.port, ctx.signal);
      const validTo = Date.parse(certificate.valid_to);
      const daysLeft = Math.floor((validTo - ctx.cli.now()) / DAY_MS);
      const issuer = certificate.issuer?.CN ?? certificate.issuer?.O ?? "unknown issuer";
      if (daysLeft < 14)
        return [
          {
            status: "warn",
            message: `The certificate of ${target.hostname} (issued by ${issuer}) expires in ${daysLeft} days.`,
            fix: "Nothing to do for a Databricks host; for a proxy, tell its owner.",
          },
        ];
      return [{ status: "pass", message: `Trusted certificate for ${target.hostname}, issued by ${issuer}, valid for ${daysLeft} more days.` }];
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      if (UNTRUSTED.has(code)) {
        return [
          {
            status: "fail",
            message: `The certificate of ${target.hostname} is not trusted (${code}): a TLS-inspecting proxy or a private CA signed it.`,
            fix: "Give every runtime the corporate CA: NODE_EXTRA_CA_CERTS=<ca.pem> (Node), REQUESTS_CA_BUNDLE=<ca.pem> (Python); Go and the CLI use the OS trust store.",
          },
        ];
      }
      if (code === "CERT_HAS_EXPIRED")
        return [
          {
            status: "fail",
            message: `The certificate of ${target.hostname} has expired.`,
            fix: "If a proxy presents it, tell its owner; check the system clock too.",
          },
        ];
      if (code === "ERR_TLS_CERT_ALTNAME_INVALID")
        return [
          {
            status: "fail",
            message: `The certificate presented for ${target.hostname} is for another name (${(error as Error).message}).`,
            fix: "Check the host in the profile; a proxy may be intercepting the connection.",
          },
        ];
      return [
        {
          status: "fail",
          message: `TLS handshake with ${target.hostname}:${target.port} failed: ${code || (error as Error).message}.`,
          fix: "Check proxy settings (HTTPS_PROXY) and whether the port speaks TLS.",
        },
      ];
    }
  },
};
