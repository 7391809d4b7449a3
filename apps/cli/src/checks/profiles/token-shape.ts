import { analyzeToken, withoutInlineComment, type TokenFindingCode } from "@dbcfg/config-file";
import { redact } from "@dbcfg/pat";
import { STATUS_OF_SEVERITY } from "../../doctor/engine/severity-status.js";
import type { ProfileCheck } from "../../doctor/engine/types.js";
import { keyLocation, profileKey } from "../../doctor/input/locate.js";
import { shellQuote } from "../../cli/shell-quote.js";

const OTHER_AUTH_KEYS = [
  "client_id",
  "username",
  "azure_client_id",
  "azure_workspace_resource_id",
  "google_service_account",
  "google_credentials",
  "auth_type",
];

/** What to do about each finding; the rest are fixed by pasting the token again. */
function fixFor(code: TokenFindingCode, profile: string): string {
  if (code === "token-quoted") return `Remove the quotes around the token in [${profile}].`;
  if (code === "token-bearer-prefix") return `Delete "Bearer " from the token in [${profile}].`;
  if (code === "token-jwt") return "Use a PAT (dbcfg token create) or configure OAuth instead of pasting access tokens.";
  return `Paste the token again without decoration: dbcfg configure --profile ${shellQuote(profile)} --token-stdin`;
}

/** A token that is not `dapi` + 32 hex, or that carries quotes, spaces or a `Bearer ` prefix: `@dbcfg/config-file` `analyzeToken`. */
export const tokenShape: ProfileCheck = {
  id: "token-shape",
  title: "Token format",
  group: "profiles",
  help: "A personal access token is `dapi` + 32 lower-case hex (optionally `-<digit>`). Stray quotes (kept by Python), whitespace, a `Bearer ` prefix or a placeholder make every request fail with 401/403.",
  requires: [],
  online: false,
  scope: "profile",
  run({ input, cli }, profile) {
    const entry = profileKey(input, profile, "token");
    if (!entry) {
      const other = OTHER_AUTH_KEYS.filter((key) => input.profiles.get(profile)?.has(key));
      return [
        {
          status: "skip",
          message: other.length > 0 ? `Skipped: [${profile}] does not use a token (${other.join(", ")}).` : `Skipped: [${profile}] has no token.`,
        },
      ];
    }
    const location = keyLocation(input, entry);
    const shown = redact(entry.value);
    const raw = withoutInlineComment(input.doc.findEntry(profile, "token")?.value ?? entry.value);
    const { findings } = analyzeToken(raw, { now: cli.now() });
    // The redacted token is shown where the finding is about the token itself, not its decoration.
    const outcomes = findings.map((f) => ({
      status: STATUS_OF_SEVERITY[f.severity],
      message: `[${profile}] ${f.decoration || entry.value.trim() === "" ? f.message : f.message.replace(/^token /, `token ${shown} `)}.`,
      fix: fixFor(f.code, profile),
      location,
    }));
    return outcomes.length > 0 ? outcomes : [{ status: "pass", message: `[${profile}] token ${shown} has the PAT format.`, location }];
  },
};
