import { connectingCheck } from "../../doctor/online/connecting-check.js";
import { notProxiedNote, viaProxy } from "../../doctor/online/proxy-route.js";
import { socketReady } from "../../doctor/online/socket-ready.js";

/** Opens a TCP connection to the host and port, to tell "refused" from "filtered" from "fine". */
export async function openTcp(hostname: string, port: number, signal: AbortSignal): Promise<void> {
  const { connect } = await import("node:net");
  return socketReady(connect({ host: hostname, port }), "connect", signal, () => undefined);
}

/** Can we open a connection to the workspace (or to the proxy that reaches it) at all? */
export const tcp = connectingCheck(
  {
    id: "tcp",
    title: "TCP connection",
    help: 'Opens a TCP connection to the workspace host and port, or to the proxy when HTTPS_PROXY applies. "Refused" means nothing listens there (wrong port, host or proxy); a timeout usually means a firewall, a missing proxy setting, or an IP access list at the network edge.',
    requires: ["dns"],
  },
  async (ctx, target, route) => {
    const [host, port] = route.kind === "proxy" ? [route.hostname, route.port] : [target.hostname, target.port];
    const where =
      route.kind === "proxy"
        ? `the proxy ${route.hostname}:${route.port} (${viaProxy(route.route)})`
        : `${target.hostname}:${target.port}${notProxiedNote(route)}`;
    try {
      await openTcp(host, port, ctx.signal);
      return [{ status: "pass", message: `Connected to ${where}.` }];
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (route.kind === "proxy")
        return [
          {
            status: "fail",
            message: `Could not connect to ${where} (${code ?? (error as Error).message}): no request reaches ${target.hostname}.`,
            fix: `Check the proxy host and port in ${route.route.source} (is the proxy running, is a VPN needed?), or unset it if this network needs no proxy.`,
          },
        ];
      if (code === "ECONNREFUSED")
        return [{ status: "fail", message: `${where} refused the connection: nothing is listening there.`, fix: "Check the host and port in the profile." }];
      return [
        {
          status: "fail",
          message: `Could not connect to ${where} (${code ?? (error as Error).message}).`,
          fix: "Check firewalls and VPN; behind a proxy, set HTTPS_PROXY (dbcfg and the SDKs use it), or check NO_PROXY if it excludes this host.",
        },
      ];
    }
  },
);
