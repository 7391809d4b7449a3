import { isAbsolute, join, resolve } from "node:path";
import { DEFAULT_CONFIG_FILE_NAME, ENV_CONFIG_FILE } from "./constants.js";

export interface ResolveConfigFilePathOptions {
  /** Defaults to `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Overrides HOME/USERPROFILE as the home folder. */
  homeDir?: string;
  /** Folder that relative paths are resolved against (default `process.cwd()`). */
  cwd?: string;
}

/** Which setting decided the path (the doctor prints it). */
export type ConfigFilePathSource =
  | { kind: "env"; name: typeof ENV_CONFIG_FILE }
  | { kind: "default"; home: { kind: "option" } | { kind: "env"; name: "HOME" | "USERPROFILE" } | { kind: "none" } };

export interface ResolvedConfigFilePath {
  /** Absolute path of the file the SDKs read. */
  path: string;
  /** The path as configured, before `~` expansion (e.g. `~/.databrickscfg`). */
  configured: string;
  source: ConfigFilePathSource;
  /** A sentence saying why this path, e.g. "DATABRICKS_CONFIG_FILE is set". */
  reason: string;
}

/**
 * Where the SDKs look for `.databrickscfg`: `DATABRICKS_CONFIG_FILE` if set (non-empty), else
 * `~/.databrickscfg`. `~` at the start is the home folder: `homeDir`, else HOME, else USERPROFILE
 * (as Go's os.UserHomeDir does on Windows). Go and JS expand any leading `~` (`~x` → `<home>x`);
 * so does this function.
 */
export function resolveConfigFilePath(options: ResolveConfigFilePathOptions = {}): ResolvedConfigFilePath {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const home = findHome(env, options.homeDir);
  const fromEnv = env[ENV_CONFIG_FILE];
  const configured = fromEnv !== undefined && fromEnv !== "" ? fromEnv : `~/${DEFAULT_CONFIG_FILE_NAME}`;
  const expanded = configured.startsWith("~") && home.dir !== undefined ? home.dir + configured.slice(1) : configured;
  const path = isAbsolute(expanded) ? resolve(expanded) : resolve(cwd, expanded);
  const homeText =
    home.source.kind === "option"
      ? "the given home folder"
      : home.source.kind === "env"
        ? `${home.source.name} (${home.dir})`
        : "no home folder (HOME and USERPROFILE are unset)";
  if (fromEnv !== undefined && fromEnv !== "") {
    return {
      path,
      configured,
      source: { kind: "env", name: ENV_CONFIG_FILE },
      reason: `${ENV_CONFIG_FILE} is set to ${fromEnv}${configured.startsWith("~") ? `; ~ expanded from ${homeText}` : ""}.`,
    };
  }
  return {
    path,
    configured,
    source: { kind: "default", home: home.source },
    reason: `${ENV_CONFIG_FILE} is not set, so the default ${join("~", DEFAULT_CONFIG_FILE_NAME)} is used; ~ expanded from ${homeText}.`,
  };
}

function findHome(
  env: Readonly<Record<string, string | undefined>>,
  homeDir: string | undefined,
): { dir: string | undefined; source: Extract<ConfigFilePathSource, { kind: "default" }>["home"] } {
  if (homeDir !== undefined) return { dir: homeDir, source: { kind: "option" } };
  if (env.HOME) return { dir: env.HOME, source: { kind: "env", name: "HOME" } };
  if (env.USERPROFILE) return { dir: env.USERPROFILE, source: { kind: "env", name: "USERPROFILE" } };
  return { dir: undefined, source: { kind: "none" } };
}
