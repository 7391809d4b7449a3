import { ATTRIBUTES } from "@dbcfg/config-file";
import { secretValue, type Resolution } from "@dbcfg/unified-auth";

/** One variable of `auth env`: its name, the value to print, and whether that value is a secret. */
export interface EnvVariable {
  name: string;
  value: string;
  sensitive: boolean;
}

/**
 * The variables `databricks auth env` prints for a resolved configuration (databricks/cli
 * `cmd/auth/env.go`, `collectEnvVars`): every attribute with a value, in the Go SDK's attribute
 * order, under its Go environment variable (the first name; later ones are Python-only aliases),
 * plus `DATABRICKS_AUTH_TYPE` for the auth type the SDK chose. Secrets carry their redacted
 * value unless `reveal`.
 */
export function envVariables(resolution: Resolution, reveal: boolean): EnvVariable[] {
  const out: EnvVariable[] = [];
  for (const spec of ATTRIBUTES) {
    const name = spec.env[0];
    if (name === undefined) continue;
    const attribute = resolution.attributes[spec.name];
    // The auth type the SDK chose and the profile it read are set on its config even when no source named them.
    const chosen = spec.name === "auth_type" ? resolution.authType : spec.name === "profile" ? resolution.profile : undefined;
    const sensitive = attribute?.sensitive === true;
    const raw = chosen ?? (sensitive && reveal ? secretValue(resolution, spec.name) : attribute?.value);
    if (raw === undefined) continue;
    out.push({ name, value: Array.isArray(raw) ? raw.join(",") : String(raw), sensitive });
  }
  return out;
}
