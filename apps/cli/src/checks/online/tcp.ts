import type { ProfileCheck } from "../../doctor/engine/types.js";
import { resolveOnlineTarget } from "../../doctor/input/online-target.js";
import { socketReady } from "../../doctor/online/socket-ready.js";

/** Opens a TCP connection to the host and port, to tell "refused" from "filtered" from "fine". */
export async function openTcp(hostname: string, port: number, signal: AbortSignal): Promise<void> {
  const { connect } = await import("node:net");
  return socketReady(connect({ host: hostname, port }), "connect", signal, () => undefined);
}

/** Can we open a connection to the workspace at all? */
export const tcp: ProfileCheck = {
  id: "tcp",
  title: "TCP connection",
  group: "online",
  help: 'Opens a TCP connection to the workspace host and port. "Refused" means nothing listens there (wrong port or host); a timeout usually means a firewall, a missing proxy setting, or an IP access list at the network edge.',
  requires: ["dns"],
  online: true,
  scope: "profile",
  async run(ctx, profile) {
    const target = resolveOnlineTarget(ctx.input, profile);
    if (!target) return [{ status: "skip", message: "Skipped: no usable host." }];
    const where = `${target.hostname}:${target.port}`;
    try {
      await openTcp(target.hostname, target.port, ctx.signal);
      return [{ status: "pass", message: `Connected to ${where}.` }];
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const proxy = ctx.input.env.HTTPS_PROXY ?? ctx.input.env.https_proxy;
      if (code === "ECONNREFUSED")
        return [{ status: "fail", message: `${where} refused the connection: nothing is listening there.`, fix: "Check the host and port in the profile." }];
      return [
        {
          status: proxy ? "warn" : "fail",
          message: `Could not connect to ${where} (${code ?? (error as Error).message})${proxy ? "; HTTPS_PROXY is set, so direct connections may be blocked on purpose" : ""}.`,
          fix: proxy
            ? "Make sure every tool honours HTTPS_PROXY (Node: a proxy agent; Python: requests does)."
            : "Check firewalls, VPN and proxy settings (HTTPS_PROXY).",
        },
      ];
    }
  },
};
