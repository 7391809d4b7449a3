import { stateError } from "../state-error.js";
import { pyRepr, type DialectProfiles } from "@dbcfg/config-file";
import { fileSkippingAttributes } from "../attribute-sources.js";
import { attributeByKey } from "../dialect-attributes.js";
import { configFilePath } from "../config-file-path.js";
import { SETTINGS_SECTION, DEFAULT_PROFILE_KEY } from "../constants.js";
import { convertText } from "../convert-value.js";
import { readConfigFile } from "../read-config-file.js";
import { selectProfile } from "../select-profile.js";
import { isZero, type ResolutionState } from "../state.js";
import type { AttributeSource, AttributeValue } from "../types.js";
import type { SourceContext } from "./source.js";

type ConfigFileOutcome = NonNullable<SourceContext["file"]>;

/** The attribute whose presence makes the SDK skip the file, if any (databricks-sdk-go@1ff3c785 `config/config_file.go`). */
function skipReason(state: ResolutionState): string | undefined {
  const js = state.dialect === "js";
  const profileGiven = js ? state.get("profile") !== undefined : state.has("profile");
  if (profileGiven) return undefined;
  const present = (name: string): boolean => (js ? state.get(name) !== undefined : state.has(name));
  return fileSkippingAttributes(state.dialect, present)[0];
}

function profileValue(
  state: ResolutionState,
  raw: string,
  type: Parameters<typeof convertText>[2],
  typed: boolean | number | undefined,
): ReturnType<typeof convertText> {
  if (typed !== undefined) return { value: typed };
  return convertText(state.dialect, raw, type);
}

/** Copy the profile's keys into still-unset attributes; Go skips empty values, Python and JS keep them. */
function loadProfile(state: ResolutionState, file: DialectProfiles, name: string, path: string, hiddenOnly: AttributeSource | undefined): void {
  const section = file.profiles[name] ?? {};
  for (const [key, raw] of Object.entries(section)) {
    const attr = attributeByKey(state.dialect, key);
    if (!attr) continue;
    if (raw === "" && state.dialect === "go") continue;
    const line = file.locations[name]?.[key]?.line ?? 0;
    const source: AttributeSource = { kind: "profile", profile: name, file: path, line };
    if (hiddenOnly) {
      const value: AttributeValue = raw;
      state.shadowed.push({ name: attr.name, value, source, hiddenBy: hiddenOnly, fileNotRead: true });
      continue;
    }
    if (state.isSet(attr.name)) {
      state.fill(attr.name, raw, source);
      continue;
    }
    const converted = profileValue(state, raw, attr.type, file.typedValues?.[name]?.[key]);
    if ("error" in converted) {
      const message = state.dialect === "go" ? `resolve: ${path} ${name} profile: ${converted.error}` : converted.error;
      throw stateError(state, "invalid-value", message);
    }
    if (state.dialect === "go" && isZero(converted.value)) continue;
    state.set(attr.name, converted.value, source);
  }
}

function firstLine(file: DialectProfiles, name: string): number {
  const lines = Object.values(file.locations[name] ?? {}).map((l) => l.line);
  return lines.length > 0 ? Math.min(...lines) : 0;
}

/**
 * The Python SDK hands configparser a `pathlib.Path`, so its errors name the file by the path's
 * repr: `While reading from PosixPath('/home/me/.databrickscfg') [line  4]: …`
 * (https://github.com/databricks/databricks-sdk-py/blob/9ae2241564f93eec8b747514cdef56439f77a077/databricks/sdk/config.py,
 * `_known_file_config_loader`: `ini_file.read(config_path)`).
 */
function asPathObjectError(error: string, path: string): string {
  const quoted = pyRepr(path);
  return error.replace(quoted, `PosixPath(${quoted})`);
}

/**
 * Source 3 of 3: the `.databrickscfg` profile, filling only attributes still unset. The file is not
 * read at all when no profile is named and auth attributes, a host or a resource id are already set;
 * the values it would have supplied are then listed in `shadowed` for diagnosis.
 */
export async function fromConfigFile(state: ResolutionState, ctx: SourceContext): Promise<void> {
  ctx.file = await loadConfigFile(state, ctx);
}

async function loadConfigFile(state: ResolutionState, ctx: SourceContext): Promise<ConfigFileOutcome> {
  const configFile = state.get("config_file");
  const path = configFilePath(state.dialect, typeof configFile === "string" ? configFile : undefined, ctx.homeDir, ctx.cwd);
  const skippedBecause = skipReason(state);
  const read = await readConfigFile(state.dialect, path, ctx.cwd);
  if (skippedBecause !== undefined) {
    if (read.kind === "read" && "profiles" in read.result) {
      const choice = selectProfile(state.dialect, read.result, undefined);
      const hiddenBy = state.entry(skippedBecause)?.source;
      if (choice.kind === "profile" && hiddenBy) loadProfile(state, read.result, choice.name, path, hiddenBy);
    }
    return { path, status: "skipped" };
  }
  if (read.kind === "missing") return { path, status: "missing" };
  if (read.kind === "directory") {
    if (state.dialect === "go") {
      throw stateError(state, "config-file-unreadable", `resolve: cannot parse config file: read ${path}: is a directory`);
    }
    if (state.dialect === "js") return { path, status: "missing" };
  }
  let file: DialectProfiles = { profiles: {}, locations: {} };
  if (read.kind === "read") {
    if ("error" in read.result) {
      if (state.dialect === "go") {
        throw stateError(state, "config-file-unreadable", `resolve: cannot parse config file: ${read.result.error}`);
      }
      if (state.dialect === "python") throw stateError(state, "config-file-unreadable", asPathObjectError(read.result.error, path), false);
      return { path, status: "missing" };
    }
    file = read.result;
  }
  const requested = state.get("profile");
  const choice = selectProfile(state.dialect, file, requested === undefined ? undefined : String(requested));
  switch (choice.kind) {
    case "reserved": {
      const text = `${SETTINGS_SECTION} is a reserved section name and cannot be used as a profile`;
      throw stateError(state, "reserved-profile-name", state.dialect === "go" ? `resolve: ${path}: ${text}` : text);
    }
    case "missing":
      throw stateError(state, "profile-not-found", `resolve: ${path} has no ${choice.name} profile configured`);
    case "none":
      return { path, status: "no-profile" };
  }
  loadProfile(state, file, choice.name, path, undefined);
  const pinsProfile = state.dialect === "go" || (state.dialect === "python" && !choice.fallback);
  if (pinsProfile && !state.has("profile")) {
    const line = choice.via === "settings" ? (file.locations[SETTINGS_SECTION]?.[DEFAULT_PROFILE_KEY]?.line ?? 0) : firstLine(file, choice.name);
    state.set("profile", choice.name, { kind: "profile", profile: choice.name, file: path, line });
  }
  return { path, status: "read", profile: choice.name };
}
