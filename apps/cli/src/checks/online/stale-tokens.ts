import type { AdminTokenInfo } from "@dbcfg/token-api";
import { asApiError, callOptions } from "../../doctor/online/workspace-client.js";
import { workspaceWideCheck } from "../../doctor/online/workspace-wide-check.js";

const DAY_MS = 24 * 60 * 60 * 1000;
const STALE_DAYS = 60;
const REVOCATION_DAYS = 90;

/** With admin rights: tokens unused for over 60 days, which Databricks revokes at 90 (databricks/databricks-sdk-go#873; Databricks docs, "Monitor and revoke personal access tokens"). */
export const staleTokens = workspaceWideCheck({
  id: "stale-tokens",
  title: "Tokens unused for 60 days",
  help: "Workspace admins can list every token (GET /api/2.0/token-management/tokens). Tokens unused for 90 days are revoked automatically; this lists those unused for more than 60 days so their owners are not surprised.",
  async read(ctx, { client }) {
    let tokens: AdminTokenInfo[];
    try {
      tokens = await client.tokenManagement.list({}, callOptions(ctx));
    } catch (error) {
      if (asApiError(error)?.classification === "permissionDenied")
        return [{ status: "skip", message: "Skipped: listing every token needs workspace admin rights." }];
      return [{ status: "skip", message: `Skipped: token-management is not readable with this token (${(error as Error).message}).` }];
    }
    const now = ctx.cli.now();
    const stale = tokens
      .map((token) => ({
        token,
        neverUsed: token.lastUsedDay === undefined,
        idleDays: Math.floor((now - Number(token.lastUsedDay ?? token.creationTime)) / DAY_MS),
      }))
      .filter((entry) => entry.idleDays > STALE_DAYS);
    if (stale.length === 0) return [{ status: "pass", message: `All ${tokens.length} tokens in the workspace were used within ${STALE_DAYS} days.` }];
    const list = stale
      .map(
        ({ token, idleDays, neverUsed }) =>
          `${token.comment ? `"${token.comment}"` : `id ${token.tokenId.slice(0, 8)}…`} of ${token.createdByUsername ?? "unknown"} (${neverUsed ? "never used, created" : "last used"} ${idleDays} days ago, revoked in ${Math.max(0, REVOCATION_DAYS - idleDays)} days)`,
      )
      .join("; ");
    return [
      {
        status: "warn",
        message: `${stale.length} token${stale.length === 1 ? "" : "s"} unused for over ${STALE_DAYS} days: ${list}.`,
        fix: "Revoke the tokens nobody needs (dbcfg token revoke), and tell owners of needed ones before the 90-day revocation.",
      },
    ];
  },
});
