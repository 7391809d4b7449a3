import { isPat, isPlaceholderPat, redact } from "@dbcfg/pat";
import type { CheckOutcome, ProfileCheck } from "../../doctor/engine/types.js";
import { keyLocation, profileKey } from "../../doctor/input/locate.js";

const OTHER_AUTH_KEYS = ["client_id", "username", "azure_client_id", "azure_workspace_resource_id", "google_service_account", "google_credentials", "auth_type"];

/** Seconds-since-epoch `exp` of a JWT, if the value is one (decoded, not verified). */
function jwtExpiry(value: string): number | undefined {
  const [, payload] = value.split(".");
  if (!value.startsWith("eyJ") || payload === undefined) return undefined;
  try {
    const exp = (JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { exp?: unknown }).exp;
    return typeof exp === "number" ? exp : undefined;
  } catch {
    return undefined;
  }
}

/** A token that is not `dapi` + 32 hex, or that carries quotes, spaces or a `Bearer ` prefix (P6, P21). */
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
      return [{ status: "skip", message: other.length > 0 ? `Skipped: [${profile}] does not use a token (${other.join(", ")}).` : `Skipped: [${profile}] has no token.` }];
    }
    const location = keyLocation(input, entry);
    const value = entry.value;
    const shown = redact(value);
    const fix = `Paste the token again without decoration: dbcfg configure --profile ${profile} --token-stdin`;
    const outcomes: CheckOutcome[] = [];
    if (value === "") return [{ status: "fail", message: `[${profile}] has an empty token; Go ignores it (then "cannot configure default credentials"), Python counts it.`, fix, location }];
    const raw = input.doc.findEntry(profile, "token")?.value ?? "";
    if (/^(["']).*\1(\s+[#;].*)?$/.test(raw)) outcomes.push({ status: "warn", message: `[${profile}] token is wrapped in quotes: Go and JS strip them, the Python SDK sends them and gets 403 Invalid access token.`, fix: `Remove the quotes around the token in [${profile}].`, location });
    const bare = value.replace(/^Bearer\s+/i, "");
    if (bare !== value) outcomes.push({ status: "fail", message: `[${profile}] token starts with "Bearer "; the SDKs add that prefix themselves, so the server sees "Bearer Bearer …".`, fix: `Delete "Bearer " from the token in [${profile}].`, location });
    if (/\s/.test(bare)) outcomes.push({ status: "fail", message: `[${profile}] token (${shown}) contains whitespace; the server rejects it.`, fix, location });
    const exp = jwtExpiry(bare);
    if (exp !== undefined) {
      const expired = exp * 1000 <= cli.now();
      outcomes.push({ status: expired ? "fail" : "warn", message: `[${profile}] token is a JWT (an OAuth/Azure AD access token, ${expired ? "already expired" : "short-lived"}), not a personal access token.`, fix: "Use a PAT (dbcfg token create) or configure OAuth instead of pasting access tokens.", location });
    } else if (isPlaceholderPat(bare)) {
      outcomes.push({ status: "fail", message: `[${profile}] token ${shown} is a placeholder, not a real token.`, fix, location });
    } else if (!isPat(bare.trim())) {
      outcomes.push({ status: "warn", message: `[${profile}] token ${shown} does not look like a personal access token (dapi + 32 hex).`, fix, location });
    }
    return outcomes.length > 0 ? outcomes : [{ status: "pass", message: `[${profile}] token ${shown} has the PAT format.`, location }];
  },
};
