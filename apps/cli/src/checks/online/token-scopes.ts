import type { TokenInfo } from "@dbcfg/token-api";
import type { CheckOutcome } from "../../doctor/engine/types.js";
import { asApiError, callOptions } from "../../doctor/online/workspace-client.js";
import { workspaceWideCheck } from "../../doctor/online/workspace-wide-check.js";
import { redact } from "@dbcfg/pat";

/** The scope the Token API needs (https://docs.databricks.com/api/workspace/scopes). */
const TOKEN_API_SCOPE = "authentication";

/**
 * The scopes of the profile's token, read from `token/list` (token ids are the SHA-256 of the
 * token). A scoped token that lacks a scope gets 403 "Provided access token does not have
 * required scopes: <scope>" — the fix is adding the scope, never renewing the token
 * (https://learn.microsoft.com/azure/databricks/dev-tools/auth/pat#scoped-personal-access-tokens).
 */
export const tokenScopes = workspaceWideCheck({
  id: "token-scopes",
  title: "Token scopes",
  help: 'Reads the profile\'s own token from GET /api/2.0/token/list and reports its API scopes and autoscoping. A scoped token that calls an API outside its scopes gets 403 "does not have required scopes: …": the token is valid and must get the scope added (workspace UI, or tokens.update), not be renewed. A token without the authentication scope cannot use the Token API itself.',
  async read(ctx, { client, target }) {
    const token = redact(target.token);
    let tokens: TokenInfo[];
    try {
      tokens = await client.tokens.list(callOptions(ctx));
    } catch (error) {
      const apiError = asApiError(error);
      if (apiError?.classification !== "scopeMissing")
        return [{ status: "skip", message: `Skipped: token/list is not readable with this token (${(error as Error).message}).` }];
      const { parseScopeDenial } = await import("@dbcfg/token-api");
      const missing = parseScopeDenial(apiError.message) ?? [TOKEN_API_SCOPE];
      return [missingScopeOutcome(token, missing, apiError.message)];
    }
    const { createHash } = await import("node:crypto");
    const own = tokens.find((info) => info.tokenId === createHash("sha256").update(target.token).digest("hex"));
    if (own === undefined)
      return [{ status: "skip", message: `Skipped: token ${token} is not among the tokens token/list returns (an OAuth or another user's token?).` }];
    const autoscope = own.autoscopeState
      ? `; autoscoping ${own.autoscopeState
          .replace(/^AUTOSCOPE_STATE_/, "")
          .toLowerCase()
          .replace(/_/g, " ")}${own.inferredScopes?.length ? `, observed ${own.inferredScopes.join(", ")}` : ""}`
      : "";
    if (own.scopes === undefined || own.scopes.length === 0)
      return [{ status: "pass", message: `Token ${token} is unscoped: it can call every API you can${autoscope}.` }];
    return [
      {
        status: "pass",
        message: `Token ${token} is limited to the scopes ${own.scopes.join(", ")}${autoscope}. A call outside them gets 403 "does not have required scopes": add the scope then, the token itself is fine.`,
      },
    ];
  },
});

/** The finding for a 403 scope refusal: a valid token that needs a scope added. */
function missingScopeOutcome(token: string, missing: readonly string[], serverMessage: string): CheckOutcome {
  const list = missing.join(", ");
  return {
    status: "warn",
    message: `Token ${token} is valid but scoped without ${list}: the workspace answered 403 "${serverMessage}". Renewing it would not help; it needs the scope.`,
    fix: `Add the scope ${list} to this token (Settings → Developer → Access tokens → edit scopes), or create a token that has it: dbcfg token create --scopes ${list},<the scopes you use>.`,
  };
}
