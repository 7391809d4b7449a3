import { resolve } from "node:path";
import { DEFAULT_CONFIG_FILE } from "./constants.js";
import type { Dialect } from "./types.js";

/** `str(pathlib.Path(p))`: duplicate slashes, `.` segments and a trailing slash go away. */
function pythonPathString(p: string): string {
  const leading = p.startsWith("//") && !p.startsWith("///") ? "//" : p.startsWith("/") ? "/" : "";
  const parts = p.split("/").filter((part) => part !== "" && part !== ".");
  const joined = leading + parts.join("/");
  return joined === "" ? "." : joined;
}

/**
 * The config file path exactly as each SDK builds it — the string its error messages show:
 * - go: `config_file` or `~/.databrickscfg`, any leading `~` replaced by the home dir;
 * - python: `Path(…).expanduser()` (`~` or `~/…` only), printed with `str()`;
 * - js: `path.resolve(p.replace(/^~/, HOME))` — always absolute.
 */
export function configFilePath(dialect: Dialect, configFile: string | undefined, homeDir: string, cwd: string): string {
  const raw = configFile || DEFAULT_CONFIG_FILE;
  switch (dialect) {
    case "go":
      return raw.startsWith("~") ? homeDir + raw.slice(1) : raw;
    case "python":
      return pythonPathString(raw === "~" || raw.startsWith("~/") ? homeDir + raw.slice(1) : raw);
    case "js":
      return resolve(cwd, raw.replace(/^~/, homeDir));
  }
}
