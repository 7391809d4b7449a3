import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { canonicalHost } from "../../doctor/input/bundle-workspace.js";
import { U2M_AUTH_TYPES, pinnedAuthType } from "../../doctor/input/oauth-profile.js";
import type { ProfileCheck } from "../../doctor/engine/types.js";
import { shellQuote } from "../../cli/shell-quote.js";

/**
 * The Databricks CLI keeps U2M logins in `~/.databricks/token-cache.json`:
 * `{"version": 1, "tokens": {"<key>": {access_token, token_type, refresh_token, expiry}}}`, keyed by
 * `https://<workspace host>` (and by profile name in newer CLIs) — databricks/cli
 * `libs/auth/cache/file.go`. Only `expiry` and whether a refresh token exists are read here; no
 * token from the file is ever put in a finding.
 */
export const TOKEN_CACHE_FILE = join(".databricks", "token-cache.json");

interface CachedLogin {
  expiry?: unknown;
  refresh_token?: unknown;
}

/** An OAuth (U2M) profile whose cached login expired without a refresh token fails every command until `databricks auth login`. */
export const oauthTokenCache: ProfileCheck = {
  id: "oauth-token-cache",
  title: "OAuth login still usable",
  group: "profiles",
  help: "For profiles with auth_type = databricks-cli or external-browser, reads the Databricks CLI's token cache (~/.databricks/token-cache.json) for the profile's host or name: a login whose access token expired and that has no refresh token cannot be renewed silently, so every call fails until `databricks auth login`. Tokens in the file are never printed.",
  requires: [],
  online: false,
  scope: "profile",
  async run({ input, cli }, profile) {
    const authType = pinnedAuthType(input, profile);
    if (authType === undefined || !U2M_AUTH_TYPES.has(authType))
      return [{ status: "skip", message: `Skipped: [${profile}] is not an OAuth user (U2M) profile.` }];
    const host = input.profiles.get(profile)?.get("host")?.value;
    const login = `databricks auth login --profile ${shellQuote(profile)}`;
    const path = join(cli.homeDir, TOKEN_CACHE_FILE);
    let tokens: Record<string, CachedLogin>;
    try {
      const parsed = JSON.parse(await readFile(path, "utf8")) as { version?: unknown; tokens?: unknown };
      if (parsed.version !== 1 || typeof parsed.tokens !== "object" || parsed.tokens === null)
        return [{ status: "warn", message: `${path} is not a version-1 token cache; the Databricks CLI will not read it.`, fix: login }];
      tokens = parsed.tokens as Record<string, CachedLogin>;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT")
        return [
          {
            status: "warn",
            message: `[${profile}] uses OAuth (auth_type = ${authType}) but there is no login cache at ${path}: the first command will open a browser, or fail where there is none.`,
            fix: login,
          },
        ];
      return [
        { status: "warn", message: `${path} cannot be read as JSON (${code ?? "invalid JSON"}); the Databricks CLI will ask you to log in again.`, fix: login },
      ];
    }
    const keys = [profile, ...(host ? [canonicalHost(host), host.trim()] : [])];
    const key = keys.find((k) => tokens[k] !== undefined);
    if (key === undefined)
      return [
        {
          status: "warn",
          message: `[${profile}] uses OAuth (auth_type = ${authType}) but ${path} holds no login for ${host ? canonicalHost(host) : "it"}.`,
          fix: login,
        },
      ];
    const entry = tokens[key]!;
    const expiry = typeof entry.expiry === "string" ? Date.parse(entry.expiry) : Number.NaN;
    const refreshable = typeof entry.refresh_token === "string" && entry.refresh_token !== "";
    const now = cli.now();
    if (!Number.isNaN(expiry) && expiry <= now && !refreshable) {
      return [
        {
          status: "fail",
          message: `The cached OAuth login of [${profile}] (${key}) expired at ${new Date(expiry).toISOString()} and has no refresh token: every command fails until you log in again.`,
          fix: login,
        },
      ];
    }
    const state = Number.isNaN(expiry)
      ? "has no expiry"
      : expiry <= now
        ? `expired at ${new Date(expiry).toISOString()} and will be refreshed`
        : `is valid until ${new Date(expiry).toISOString()}`;
    return [
      {
        status: "pass",
        message: `The cached OAuth login of [${profile}] (${key}) ${state}${refreshable ? "" : " (no refresh token: log in again after that)"}.`,
      },
    ];
  },
};
