import type { ProfileCheck } from "../../doctor/engine/types.js";
import { resolveOnlineTarget } from "../../doctor/input/online-target.js";
import { asApiError, callOptions, isArgumentError, workspaceClient } from "../../doctor/online/workspace-client.js";

/**
 * Is this machine's network allowed by the workspace's IP access list? A blocked address gets
 * 403 "Source IP address: <ip> is blocked by Databricks IP ACL for workspace: <id>" on every call,
 * whatever the token, so it must not be read as "bad token" (token-valid skips it and defers to this check)
 * (https://docs.databricks.com/aws/en/security/network/front-end/ip-access-list).
 */
export const ipAccessList: ProfileCheck = {
  id: "ip-access-list",
  title: "Network allowed by the workspace IP access list",
  help: 'Calls GET /api/2.0/preview/scim/v2/Me and looks for the IP access list\'s 403 ("Source IP address … is blocked by Databricks IP ACL"). Such a refusal means the request came from a network the workspace does not allow (no VPN, a new office, a CI runner), not that the token is bad; token-valid then skips instead of telling you to renew a working token.',
  group: "online",
  requires: ["token-valid"],
  online: true,
  scope: "profile",
  async run(ctx, profile) {
    const target = resolveOnlineTarget(ctx.input, profile);
    if (!target) return [{ status: "skip", message: "Skipped: no usable host." }];
    if (!target.token) return [{ status: "skip", message: `Skipped: ${target.source} has no token to send.` }];
    try {
      await (await workspaceClient(ctx, { ...target, token: target.token })).currentUser.me({}, callOptions(ctx));
    } catch (error) {
      if (isArgumentError(error)) return [{ status: "skip", message: "Skipped: the token cannot be sent (see token-valid)." }];
      const apiError = asApiError(error);
      if (apiError?.classification === "ipBlocked") {
        const { parseIpAclDenial } = await import("@dbcfg/token-api");
        const denial = parseIpAclDenial(apiError.message);
        const address = denial?.address ?? "this machine's address";
        return [
          {
            status: "fail",
            message: `${target.baseUrl} refuses requests from ${address}: it is not on the workspace's IP access list (403 "${apiError.message}"). The token was not even checked: this is the network, not the token.`,
            fix: `Connect through your organisation's VPN or another allowed network, or ask a workspace admin to add ${address} to the IP access list (admins see the allowed ranges in Settings → Security → IP access list, or GET /api/2.0/ip-access-lists).`,
          },
        ];
      }
      if (apiError?.status === undefined)
        return [{ status: "skip", message: `Skipped: no answer from ${target.baseUrl} (${apiError?.classification ?? "error"}); see dns, tcp and tls.` }];
    }
    return [{ status: "pass", message: `${target.baseUrl} accepts requests from this network (no IP access list refusal).` }];
  },
};
