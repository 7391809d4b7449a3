import { redact } from "@dbcfg/pat";
import type { CheckOutcome, ProfileCheck } from "../../doctor/engine/types.js";
import { resolveOnlineTarget } from "../../doctor/input/online-target.js";
import { asApiError, callOptions, isArgumentError, workspaceClient } from "../../doctor/online/workspace-client.js";
import { shellQuote } from "../../cli/shell-quote.js";

export const ME_PATH = "/api/2.0/preview/scim/v2/Me";

const DISABLED = /tokens are disabled|api tokens are disabled|does not have permission to use tokens/i;

/** Does the workspace accept the token? The same call (`SCIM Me`) as `databricks auth describe`. */
export const tokenValid: ProfileCheck = {
  id: "token-valid",
  title: "Token accepted by the workspace",
  group: "online",
  help: "Calls GET /api/2.0/preview/scim/v2/Me with the profile's token (@dbcfg/token-api) and classifies the answer: accepted, invalid/expired/revoked (403), not sent (401), tokens disabled or not permitted, an HTML login page (wrong host, ?o= routing or Private Link), or a transient error.",
  requires: ["host-shape", "token-shape", "tls"],
  online: true,
  scope: "profile",
  async run(ctx, profile) {
    const target = resolveOnlineTarget(ctx.input, profile);
    if (!target) return [{ status: "skip", message: "Skipped: no usable host." }];
    if (!target.token) return [{ status: "skip", message: `Skipped: ${target.source} has no token to test.` }];
    const token = redact(target.token);
    const fail = (message: string, fix: string): CheckOutcome[] => [{ status: "fail", message, fix }];
    const renew = `Create a new token (dbcfg token create, or User Settings → Developer → Access tokens) and store it with \`dbcfg configure --profile ${shellQuote(profile)} --token-stdin\`.`;
    try {
      const me = await (await workspaceClient(ctx, { ...target, token: target.token })).currentUser.me({}, callOptions(ctx));
      return [{ status: "pass", message: `${target.source} token ${token} is accepted: authenticated as ${me.userName ?? "an unnamed principal"}.` }];
    } catch (error) {
      if (isArgumentError(error)) return fail(`The token of ${target.source} cannot be sent: ${error.message}.`, renew);
      const apiError = asApiError(error);
      if (!apiError) throw error;
      const { classification, status, message } = apiError;
      if (DISABLED.test(message))
        return fail(
          `${target.baseUrl} refuses personal access tokens: "${message}".`,
          "Ask a workspace admin to enable tokens for you (Can Use permission), or switch to OAuth (databricks auth login).",
        );
      switch (classification) {
        case "ipBlocked":
          return [
            { status: "skip", message: "Skipped: the workspace's IP access list refused this network before the token was checked; see ip-access-list." },
          ];
        case "loginPage":
          return fail(
            `${target.baseUrl} answered with an HTML login page instead of JSON: the host is not the workspace API (wrong URL, ?o= routing, SSO or Private Link).`,
            "Use the workspace URL exactly as https://<workspace-host>, without path or query, from a network that reaches it.",
          );
        case "unauthenticated":
        case "permissionDenied":
          if (/expired/i.test(message)) return fail(`Token ${token} has expired (${status}: "${message}").`, renew);
          if (status === 401) return fail(`The workspace did not accept the credential (401 "${message}").`, renew);
          return fail(
            `Token ${token} is rejected (${status} "${message}"): it is invalid, expired, revoked (tokens unused for 90 days are revoked automatically), from another workspace, or tokens are disabled in this workspace.`,
            renew,
          );
        case "notFound":
          return fail(`${target.baseUrl} has no SCIM Me endpoint (404): is this an account-console host?`, "Use the workspace URL for PAT profiles.");
        case "rateLimited":
        case "unavailable":
        case "serverError":
          return [
            {
              status: "warn",
              message: `The workspace answered ${status ?? "with an error"} ("${message}"): a transient problem; the token was not verified.`,
              fix: "Retry in a minute.",
            },
          ];
        case "network":
        case "tls":
        case "timeout":
        case "aborted":
          return fail(`Calling ${target.baseUrl}${ME_PATH} failed: ${message}.`, "See the dns, tcp and tls checks; retry with a larger --timeout.");
        default:
          return fail(
            `Unexpected answer from ${target.baseUrl}${ME_PATH} (${classification}${status ? ` ${status}` : ""}): "${message}".`,
            "Run again with --format json and report it if it persists.",
          );
      }
    }
  },
};
