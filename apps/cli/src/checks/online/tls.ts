import type { PeerCertificate } from "node:tls";
import { connectingCheck } from "../../doctor/online/connecting-check.js";
import { openProxyTunnel } from "../../doctor/online/proxy-tunnel.js";
import { notProxiedNote, viaProxy, type TargetRoute } from "../../doctor/online/proxy-route.js";
import { socketReady } from "../../doctor/online/socket-ready.js";

const DAY_MS = 24 * 60 * 60 * 1000;

const UNTRUSTED = new Set([
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_ISSUER_CERT",
]);

/**
 * Completes a TLS handshake with the CA set of the network fetch (`@dbcfg/token-api`
 * `loadTrustedCaCertificates`: Node's roots plus NODE_EXTRA_CA_CERTS, SSL_CERT_FILE,
 * REQUESTS_CA_BUNDLE), directly or inside a CONNECT tunnel through the proxy, and returns the peer
 * certificate.
 */
async function handshake(
  hostname: string,
  port: number,
  route: TargetRoute,
  env: Readonly<Record<string, string | undefined>>,
  signal: AbortSignal,
): Promise<PeerCertificate> {
  const [{ connect }, { isIP }, { loadTrustedCaCertificates }] = await Promise.all([
    import("node:tls"),
    import("node:net"),
    import("@dbcfg/token-api/network"),
  ]);
  const ca = await loadTrustedCaCertificates(env);
  const tunnel = route.kind === "proxy" ? await openProxyTunnel(route.route, hostname, port, ca, signal) : undefined;
  const socket = connect({
    ...(tunnel ? { socket: tunnel } : { host: hostname, port }),
    ...(isIP(hostname) ? {} : { servername: hostname }),
    ...(ca ? { ca } : {}),
  });
  return socketReady(socket, "secureConnect", signal, () => socket.getPeerCertificate());
}

/** Is the workspace's certificate trusted, valid and for this host? A corporate CA or a TLS-inspecting proxy is the usual cause of failure. */
export const tls = connectingCheck(
  {
    id: "tls",
    title: "TLS certificate",
    help: "Performs a TLS handshake the way dbcfg's requests do (Node's CAs plus NODE_EXTRA_CA_CERTS, SSL_CERT_FILE and REQUESTS_CA_BUNDLE; through a CONNECT tunnel when HTTPS_PROXY applies) and classifies failures: an untrusted issuer (usually a TLS-inspecting proxy: give each runtime the corporate CA), an expired certificate, or a name mismatch.",
    requires: ["tcp"],
  },
  async (ctx, target, route) => {
    if (!target.https)
      return [{ status: "skip", message: `Skipped: ${target.baseUrl} is plain HTTP on a loopback address (a local emulator); there is no TLS to check.` }];
    const via = route.kind === "proxy" ? ` (${viaProxy(route.route)})` : notProxiedNote(route);
    try {
      const certificate = await handshake(target.hostname, target.port, route, ctx.input.env, ctx.signal);
      const validTo = Date.parse(certificate.valid_to);
      const daysLeft = Math.floor((validTo - ctx.cli.now()) / DAY_MS);
      const issuer = certificate.issuer?.CN ?? certificate.issuer?.O ?? "unknown issuer";
      if (daysLeft < 14)
        return [
          {
            status: "warn",
            message: `The certificate of ${target.hostname} (issued by ${issuer}) expires in ${daysLeft} days${via}.`,
            fix: "Nothing to do for a Databricks host; for a proxy, tell its owner.",
          },
        ];
      return [{ status: "pass", message: `Trusted certificate for ${target.hostname}, issued by ${issuer}, valid for ${daysLeft} more days${via}.` }];
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      if (UNTRUSTED.has(code)) {
        return [
          {
            status: "fail",
            message: `The certificate of ${target.hostname} is not trusted (${code})${via}: a TLS-inspecting proxy or a private CA signed it.`,
            fix: "Give every runtime the corporate CA: NODE_EXTRA_CA_CERTS=<ca.pem> (Node, dbcfg), REQUESTS_CA_BUNDLE=<bundle.pem> (Python), SSL_CERT_FILE=<bundle.pem> (Go: the Databricks CLI, Terraform); the last two replace the default roots, so give them a bundle that also holds those.",
          },
        ];
      }
      if (code === "CERT_HAS_EXPIRED")
        return [
          {
            status: "fail",
            message: `The certificate of ${target.hostname} has expired${via}.`,
            fix: "If a proxy presents it, tell its owner; check the system clock too.",
          },
        ];
      if (code === "ERR_TLS_CERT_ALTNAME_INVALID")
        return [
          {
            status: "fail",
            message: `The certificate presented for ${target.hostname}${via} is for another name (${(error as Error).message}).`,
            fix: "Check the host in the profile; a proxy may be intercepting the connection.",
          },
        ];
      if (code === "CA_BUNDLE")
        return [
          {
            status: "fail",
            message: `${(error as Error).message}: the TLS handshake needs that CA file.`,
            fix: "Point the variable at a readable PEM file, or unset it (the ca-bundle check lists every CA variable).",
          },
        ];
      if (code.startsWith("PROXY_STATUS_"))
        return [
          {
            status: "fail",
            message: `The proxy refused the tunnel to ${target.hostname}:${target.port} (${(error as Error).message})${via}.`,
            fix:
              code === "PROXY_STATUS_407" && route.kind === "proxy"
                ? `Give the proxy credentials in ${route.route.source}: http://user:password@host:port.`
                : "Ask the proxy's owner to allow CONNECT to the workspace host on port 443.",
          },
        ];
      return [
        {
          status: "fail",
          message: `TLS handshake with ${target.hostname}:${target.port} failed${via}: ${code || (error as Error).message}.`,
          fix: "Check proxy settings (HTTPS_PROXY) and whether the port speaks TLS.",
        },
      ];
    }
  },
);
