import { isAbsolute } from "node:path";
import { ENV_CONFIG_FILE, resolveConfigFilePath } from "@dbcfg/config-file";

/** Where the config file is and which setting chose it (what every SDK does, see unified-auth.md §2.2). */
export interface ConfigPathChoice {
  path: string;
  source: "DATABRICKS_CONFIG_FILE" | "HOME" | "USERPROFILE" | "home directory";
  /** The variable's raw value when `DATABRICKS_CONFIG_FILE` chose the path. */
  raw?: string;
  /** A relative `DATABRICKS_CONFIG_FILE` is resolved from the current directory, so it moves with `cd`. */
  relative: boolean;
}

/**
 * The config file path through `@dbcfg/config-file` (`DATABRICKS_CONFIG_FILE` with `~`, else
 * `<home>/.databrickscfg` from HOME/USERPROFILE), plus what chose it, for the doctor's messages.
 */
export function resolveConfigPathChoice(env: Readonly<Record<string, string | undefined>>, homeDir: string, cwd: string): ConfigPathChoice {
  const hasHomeVariable = Boolean(env.HOME || env.USERPROFILE);
  const resolved = resolveConfigFilePath({ env, cwd, ...(hasHomeVariable ? {} : { homeDir }) });
  if (resolved.source.kind === "env") {
    return {
      path: resolved.path,
      source: ENV_CONFIG_FILE,
      raw: resolved.configured,
      relative: !resolved.configured.startsWith("~") && !isAbsolute(resolved.configured),
    };
  }
  const home = resolved.source.home;
  return { path: resolved.path, source: home.kind === "env" ? home.name : "home directory", relative: false };
}
