import { connectingCheck } from "../../doctor/online/connecting-check.js";
import { openProxyTunnel } from "../../doctor/online/proxy-tunnel.js";

/** Does the proxy that applies to the workspace answer, and open a tunnel to it? The online half of `proxy-settings`. */
export const proxyReachable = connectingCheck(
  {
    id: "proxy-reachable",
    title: "Proxy reachable",
    help: "When HTTPS_PROXY (or HTTP_PROXY for a plain-http host) applies to the workspace host, asks the proxy for a CONNECT tunnel to it, as dbcfg's requests do: an unreachable proxy, one that wants credentials (407) and one that refuses the host are told apart. Skipped when no proxy applies.",
    requires: ["proxy-settings"],
  },
  async (ctx, target, route) => {
    if (route.kind === "direct")
      return [{ status: "skip", message: `Skipped: no proxy applies to ${target.hostname}${route.exclusion ? ` (${route.exclusion.excludedBy})` : ""}.` }];
    const proxy = `The proxy ${route.route.maskedUrl} (from ${route.route.source})`;
    try {
      const tunnel = await openProxyTunnel(route.route, target.hostname, target.port, undefined, ctx.signal);
      tunnel.destroy();
      return [{ status: "pass", message: `${proxy} opened a tunnel to ${target.hostname}:${target.port}.` }];
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      if (code === "PROXY_STATUS_407")
        return [
          {
            status: "fail",
            message: `${proxy} requires credentials (407 Proxy Authentication Required).`,
            fix: `Write them into ${route.route.source}: http://user:password@${route.proxy.host} (percent-encode special characters).`,
          },
        ];
      if (code.startsWith("PROXY_STATUS_"))
        return [
          {
            status: "fail",
            message: `${proxy} refused a tunnel to ${target.hostname}:${target.port} (${(error as Error).message}).`,
            fix: `Ask the proxy's owner to allow CONNECT to ${target.hostname}:${target.port}, or add the host to NO_PROXY if it is reachable directly.`,
          },
        ];
      return [
        {
          status: "fail",
          message: `${proxy} cannot be reached (${code || (error as Error).message}): dbcfg's requests to ${target.hostname} go through it and fail.`,
          fix: `Start the proxy or correct ${route.route.source} (host and port); if this network needs no proxy, unset it, or add ${target.hostname} to NO_PROXY.`,
        },
      ];
    }
  },
);
