import { loadConfigFile, nodeFileSystem, readProfiles, statRegularFile } from "@dbcfg/config-file";
import { profileNames, selectedProfile } from "@dbcfg/unified-auth";
import type { OpenTokenService } from "../token/token-service.js";
import { checkProfileOffline } from "./check-profile-offline.js";
import { checkProfileOnline } from "./check-profile-online.js";
import type { ProfileStatus } from "./profile-status.js";
import { CliError } from "../../cli/cli-error.js";
import { mapWithLimit } from "./map-with-limit.js";
import { credentialsOfResolution, isUsableAuthType } from "../../auth/credentials-of-resolution.js";
import { errorText } from "../../cli/error-text.js";
import { shellQuote } from "../../cli/shell-quote.js";

/** Profiles checked at once: enough to overlap network waits, few enough not to flood a workspace. */
export const PROFILE_CONCURRENCY = 8;

export interface CollectOptions {
  configFile: string;
  homeDir: string;
  /** Undefined with `--offline`: no network at all. */
  open?: OpenTokenService;
  timeoutMs: number;
  /** The environment (only `DBCFG_AZURE_AUTHORITY_URL` is read, for Entra ID service principals). */
  env: Readonly<Record<string, string | undefined>>;
}

/** The config file cannot be parsed the way the Databricks CLI parses it. */
export class ProfilesReadError extends CliError {
  constructor(message: string) {
    super("config-unparsable", message);
  }
}

/**
 * Every profile of the file (the empty implicit `[DEFAULT]` and `[__settings__]` left out), each
 * checked offline and — unless offline, and only for PATs that passed — online, at most
 * `PROFILE_CONCURRENCY` at a time.
 * A missing file is an empty list.
 */
export async function collectProfiles(options: CollectOptions): Promise<ProfileStatus[]> {
  if ((await statRegularFile(nodeFileSystem, options.configFile, "read")) === undefined) return [];
  const doc = await loadConfigFile(options.configFile);
  const read = readProfiles(doc, "go");
  if ("error" in read) {
    const where = read.location ? `${options.configFile}:${read.location.line}` : options.configFile;
    throw new ProfilesReadError(`the Databricks CLI cannot parse ${where}: ${read.error.trim()}`);
  }
  // The profile a command without --profile and without DATABRICKS_CONFIG_PROFILE would use.
  const defaultName = selectedProfile({ file: read, env: {} }).name;
  const names = profileNames(read);
  return mapWithLimit(names, PROFILE_CONCURRENCY, async (name): Promise<ProfileStatus> => {
    const offline = await checkProfileOffline(name, options.configFile, options.homeDir, doc.diagnostics);
    const resolution = offline.resolution;
    const base = {
      name,
      default: name === defaultName,
      ...(resolution?.host ? { host: resolution.host } : read.profiles[name]!.host ? { host: read.profiles[name]!.host } : {}),
      ...(resolution?.cloud ? { cloud: resolution.cloud } : {}),
      ...(resolution?.authType ? { authType: resolution.authType } : {}),
      ...(resolution?.accountId ? { accountId: resolution.accountId } : {}),
      ...(resolution?.workspaceId ? { workspaceId: resolution.workspaceId } : {}),
    };
    if (!offline.ok) return { ...base, valid: false, reason: offline.reason, checked: "offline" };
    const warned = offline.warnings > 0 ? ` (${offline.warnings} warning(s): see \`dbcfg doctor -p ${shellQuote(name)}\`)` : "";
    const authType = offline.resolution.authType ?? "none";
    if (!isUsableAuthType(authType)) {
      return {
        ...base,
        valid: null,
        reason: `auth type ${authType} is not verified by dbcfg (PATs and OAuth M2M / Entra ID service principals only)${warned}`,
        checked: "offline",
      };
    }
    const secret = authType === "pat" ? "token" : "secret";
    if (!options.open) return { ...base, valid: true, reason: `offline checks passed; ${secret} not verified (--offline)${warned}`, checked: "offline" };
    let auth;
    try {
      auth = await credentialsOfResolution(offline.resolution, options.env);
    } catch (error) {
      return { ...base, valid: false, reason: errorText(error), checked: "offline" };
    }
    const online = await checkProfileOnline(options.open, offline.resolution.host!, auth, options.timeoutMs);
    return online.ok
      ? { ...base, valid: true, reason: `authenticated as ${online.userName}${warned}`, checked: "online" }
      : { ...base, valid: false, reason: online.reason, checked: "online" };
  });
}
