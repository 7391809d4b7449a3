import { dialectAttributes, type DialectAttribute } from "./dialect-attributes.js";
import type { Dialect } from "./types.js";

/** An attribute's value as an environment variable supplies it, and that variable's name. */
export interface EnvAttribute {
  value: string;
  envName: string;
}

/** The variable (and its value) that supplies `attr` to `dialect`: Go and Python skip empty values (Python also tries aliases); JS takes any defined value. */
export function envValueFor(dialect: Dialect, env: Readonly<Record<string, string | undefined>>, attr: DialectAttribute): EnvAttribute | undefined {
  for (const envName of attr.env) {
    const value = env[envName];
    if (value === undefined) continue;
    if (value === "" && dialect !== "js") continue;
    return { value, envName };
  }
  return undefined;
}

/** Every attribute the environment sets for `dialect` (default Go), by canonical name, with the variable that set it. */
export function envAttributes(env: Readonly<Record<string, string | undefined>>, dialect: Dialect = "go"): Map<string, EnvAttribute> {
  const found = new Map<string, EnvAttribute>();
  for (const attr of dialectAttributes(dialect)) {
    const value = envValueFor(dialect, env, attr);
    if (value) found.set(attr.name, value);
  }
  return found;
}

/**
 * The attributes whose presence makes `dialect` skip the config file when no profile was named:
 * any credential of an auth method, the host, or an Azure resource id (and, for JS, `auth_type`),
 * in the SDK's attribute order. Go: databricks-sdk-go config/config_file.go `Configure`; Python:
 * databricks/sdk/config.py `_known_file_config_loader`; JS: `Config.ts` `loadFromConfigFile`.
 */
export function fileSkippingAttributes(dialect: Dialect, present: (name: string) => boolean): string[] {
  const auth = dialectAttributes(dialect)
    .filter((a) => a.authGroup !== undefined && present(a.name))
    .map((a) => a.name);
  const others = [...(dialect === "js" ? ["auth_type"] : []), "host", "azure_workspace_resource_id"].filter(present);
  return [...auth, ...others];
}

/** The variables that make `dialect` (default Go) skip the config file when no profile is named; none when it is read. */
export function fileSkippedByEnv(env: Readonly<Record<string, string | undefined>>, dialect: Dialect = "go"): EnvAttribute[] {
  const set = envAttributes(env, dialect);
  return fileSkippingAttributes(dialect, (name) => set.has(name)).map((name) => set.get(name)!);
}
