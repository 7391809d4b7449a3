import type { ProfileCheck } from "../../doctor/engine/types.js";
import { resolveOnlineTarget } from "../../doctor/input/online-target.js";
import { abortable } from "../../doctor/online/abortable.js";

/** Does the workspace host name resolve? (P7: the first of the DNS → TCP → TLS → HTTP stages.) */
export const dns: ProfileCheck = {
  id: "dns",
  title: "DNS lookup",
  group: "online",
  help: "Resolves the workspace host name. A failure means a typo in the host, a missing VPN or private DNS zone (Private Link), or no network.",
  requires: ["host-shape"],
  online: true,
  scope: "profile",
  async run(ctx, profile) {
    const target = resolveOnlineTarget(ctx.input, profile);
    if (!target) return [{ status: "skip", message: "Skipped: no usable host." }];
    // node:net and node:dns load only here, so that `doctor --offline` never pays for them.
    const { isIP } = await import("node:net");
    if (isIP(target.hostname)) return [{ status: "pass", message: `${target.hostname} is an IP address; nothing to resolve.` }];
    try {
      const { lookup } = await import("node:dns/promises");
      const { address } = await abortable(lookup(target.hostname), ctx.signal);
      return [{ status: "pass", message: `${target.hostname} resolves to ${address}.` }];
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "error";
      const proxy = ctx.input.env.HTTPS_PROXY ?? ctx.input.env.https_proxy;
      return [
        {
          status: proxy ? "warn" : "fail",
          message: `${target.hostname} does not resolve (${code})${proxy ? `; HTTPS_PROXY is set, so the proxy may still reach it` : ""}.`,
          fix: "Check the host for typos; for Private Link workspaces connect the VPN or fix the private DNS zone.",
        },
      ];
    }
  },
};
