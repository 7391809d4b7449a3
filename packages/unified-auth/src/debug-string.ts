import { pyRepr } from "@dbcfg/config-file";
import { dialectAttributes } from "./dialect-attributes.js";
import { isZero, type ResolutionState } from "./state.js";
import type { AttributeValue } from "./types.js";

const PYTHON_CLOUD: Record<string, string> = { AWS: "Cloud.AWS", Azure: "Cloud.AZURE", GCP: "Cloud.GCP" };

function goFormat(value: AttributeValue): string {
  return Array.isArray(value) ? `[${value.join(" ")}]` : String(value);
}

function pythonFormat(name: string, value: AttributeValue): string {
  if (typeof value === "boolean") return value ? "True" : "False";
  if (Array.isArray(value)) return `[${value.map((v) => pyRepr(String(v))).join(", ")}]`;
  if (name === "cloud" && typeof value === "string") return PYTHON_CLOUD[value] ?? value;
  return String(value);
}

function join(config: string[], env: string[]): string {
  const parts = [];
  if (config.length > 0) parts.push(`Config: ${config.join(", ")}`);
  if (env.length > 0) parts.push(`Env: ${env.join(", ")}`);
  return parts.join(". ");
}

/**
 * The `Config: k=v, …. Env: A, B` suffix each SDK appends to its errors (databricks-sdk-go@1ff3c785 `config/config_attributes.go` DebugString,
 * databricks-sdk-py@9ae22415 `databricks/sdk/config.py` `debug_string`): Go skips zero and internal attributes; Python prints every truthy attribute in its own
 * `str()` form and every set env var; JS prints every defined attribute, `""` included.
 */
export function debugString(state: ResolutionState): string {
  const config: string[] = [];
  const env: string[] = [];
  for (const attr of dialectAttributes(state.dialect)) {
    const value = state.get(attr.name);
    const setEnv = attr.env.filter((name) => {
      const v = state.env[name];
      return state.dialect === "js" ? v !== undefined : v !== undefined && v !== "";
    });
    if (state.dialect === "python") {
      if (!isZero(value) && value !== undefined) config.push(`${attr.key}=${attr.sensitive ? "***" : pythonFormat(attr.name, value)}`);
      if (setEnv[0] !== undefined) env.push(setEnv[0]);
      continue;
    }
    if (attr.internal || value === undefined || (state.dialect === "go" && isZero(value))) continue;
    config.push(`${attr.key}=${attr.sensitive ? "***" : goFormat(value)}`);
    env.push(...setEnv);
  }
  return join(config, env);
}

/** `message` with the dialect's debug suffix, as each SDK wraps its errors. */
export function withDebug(state: ResolutionState, message: string): string {
  const debug = debugString(state);
  if (debug === "") return message;
  return state.dialect === "python" ? `${message.replace(/\.+$/, "")}. ${debug}` : `${message}. ${debug}`;
}
