import { lstat, readFile } from "node:fs/promises";
import { ConfigFileError, nodeFileSystem, parseConfigFile, statRegularFile, type ConfigDocument } from "@dbcfg/config-file";
import { profileNames, selectedProfile, type ProfileSelection } from "@dbcfg/unified-auth";
import type { CliContext } from "../../context.js";
import { viewProfiles, type ProfileValue, type SectionHeader } from "./profile-view.js";
import { resolveConfigPathChoice, type ConfigPathChoice } from "./config-path.js";
import { decodeConfigBytes, type DecodedConfig } from "./decode-config.js";

export type { ProfileSelection };

/** What the doctor found at the config path, read once before any check runs. */
export type ConfigFileState =
  | { kind: "missing" }
  | { kind: "directory" }
  | { kind: "unreadable"; error: string; fix?: string }
  | { kind: "file"; bytes: Buffer; mode: number; uid: number; symlink: boolean };

/** Options from the command line that shape what the doctor looks at. */
export interface DoctorScope {
  profile?: string;
  allProfiles: boolean;
}

/** Everything gathered before the checks run; checks only read it. */
export interface DoctorInput {
  configPath: ConfigPathChoice;
  file: ConfigFileState;
  decoded: DecodedConfig;
  /** The lossless `@dbcfg/config-file` document: parser diagnostics, SDK dialect readers, safe edits. */
  doc: ConfigDocument;
  /** Go-reader view: profile name → key → value and the line that set it (the last one). */
  profiles: Map<string, Map<string, ProfileValue>>;
  /** Every `[section]` header in file order (duplicates kept). */
  sections: SectionHeader[];
  /** The first header of each section name. */
  firstSections: Map<string, SectionHeader>;
  /** How many lines set each key in each section (duplicates > 1). */
  keyCounts: Map<string, Map<string, number>>;
  /** Real profiles (no `__settings__`), in file order. */
  profileNames: string[];
  selection: ProfileSelection;
  /** Profiles that offline per-profile checks examine. */
  offlineTargets: string[];
  /** Profiles that online checks contact. */
  onlineTargets: string[];
  env: Readonly<Record<string, string | undefined>>;
}

/** Reads the config file (never throws for I/O problems: they become the file state) and selects profiles. */
export async function loadDoctorInput(cli: CliContext, scope: DoctorScope): Promise<DoctorInput> {
  const configPath = resolveConfigPathChoice(cli.env, cli.homeDir, cli.cwd);
  const file = await readConfigFileState(configPath.path);
  const decoded = decodeConfigBytes(file.kind === "file" ? file.bytes : Buffer.alloc(0));
  const doc = parseConfigFile((decoded.bom === "utf-8" ? "\uFEFF" : "") + decoded.text, { path: configPath.path });
  const { profiles, sections, firstSections, keyCounts, goProfiles } = viewProfiles(doc);
  const names = profileNames(goProfiles);
  // The Go SDK's (and the Databricks CLI's) choice, from @dbcfg/unified-auth.
  const selection = selectedProfile({ file: goProfiles, env: cli.env, ...(scope.profile !== undefined ? { profile: scope.profile } : {}) });
  const offlineTargets = scope.profile !== undefined ? [scope.profile] : names;
  const onlineTargets = scope.profile !== undefined || !scope.allProfiles ? [selection.name] : names;
  return {
    configPath,
    file,
    decoded,
    doc,
    profiles,
    sections,
    firstSections,
    keyCounts,
    profileNames: names,
    selection,
    offlineTargets: offlineTargets.filter((name) => profiles.has(name)),
    onlineTargets: onlineTargets.filter((name) => profiles.has(name)),
    env: cli.env,
  };
}

async function readConfigFileState(path: string): Promise<ConfigFileState> {
  try {
    const link = await lstat(path);
    const info = await statRegularFile(nodeFileSystem, path, "read");
    if (info === undefined) return { kind: "missing" };
    const bytes = await readFile(path);
    return { kind: "file", bytes, mode: info.mode & 0o777, uid: info.uid, symlink: link.isSymbolicLink() };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { kind: "missing" };
    if (code === "is-directory") return { kind: "directory" };
    if (error instanceof ConfigFileError && code !== "permission-denied") {
      return { kind: "unreadable", error: error.message, fix: "export DATABRICKS_CONFIG_FILE=<a regular file>, or remove what is at that path" };
    }
    return { kind: "unreadable", error: (error as Error).message };
  }
}
