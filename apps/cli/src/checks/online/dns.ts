import { connectingCheck } from "../../doctor/online/connecting-check.js";
import { abortable } from "../../doctor/online/abortable.js";
import { notProxiedNote, viaProxy } from "../../doctor/online/proxy-route.js";

/** Does the workspace host name resolve? The first of the DNS → TCP → TLS → HTTP stages; through a proxy, the proxy's name is what this machine resolves. */
export const dns = connectingCheck(
  {
    id: "dns",
    title: "DNS lookup",
    help: "Resolves the workspace host name, or, when HTTPS_PROXY applies to it (Go's rules, NO_PROXY included), the proxy's host name: the proxy resolves the workspace. A failure means a typo in the host, a missing VPN or private DNS zone (Private Link), a wrong proxy name, or no network.",
    requires: ["host-shape"],
  },
  async (ctx, target, route) => {
    const [hostname, subject, suffix] =
      route.kind === "proxy"
        ? [route.hostname, `The proxy host ${route.hostname}`, `; the proxy resolves ${target.hostname} (${viaProxy(route.route)})`]
        : [target.hostname, target.hostname, notProxiedNote(route)];
    // node:net and node:dns load only here, so that `doctor --offline` never pays for them.
    const { isIP } = await import("node:net");
    if (isIP(hostname)) return [{ status: "pass", message: `${subject} is an IP address; nothing to resolve${suffix}.` }];
    try {
      const { lookup } = await import("node:dns/promises");
      const { address } = await abortable(lookup(hostname), ctx.signal);
      return [{ status: "pass", message: `${subject} resolves to ${address}${suffix}.` }];
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "error";
      if (route.kind === "proxy")
        return [
          {
            status: "fail",
            message: `${subject} does not resolve (${code}): ${target.hostname} cannot be reached ${viaProxy(route.route)}.`,
            fix: `Check the proxy host in ${route.route.source}, or unset it if this network needs no proxy.`,
          },
        ];
      return [
        {
          status: "fail",
          message: `${target.hostname} does not resolve (${code})${suffix}.`,
          fix: "Check the host for typos; for Private Link workspaces connect the VPN or fix the private DNS zone; behind a proxy, set HTTPS_PROXY.",
        },
      ];
    }
  },
);
