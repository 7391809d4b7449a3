import { ATTRIBUTES } from "@dbcfg/config-file";
import type { ProfileValue } from "./profile-view.js";
import type { DoctorInput } from "./doctor-input.js";

/** An attribute value from the environment, with the variable that supplied it. */
export interface EnvValue {
  value: string;
  envName: string;
}

/** Attributes set by `DATABRICKS_*`/`ARM_*`/… variables (empty counts as unset, as in Go). */
export function envAttributes(env: Readonly<Record<string, string | undefined>>): Map<string, EnvValue> {
  const found = new Map<string, EnvValue>();
  for (const attribute of ATTRIBUTES) {
    const envName = attribute.env.find((name) => (env[name] ?? "") !== "");
    if (envName) found.set(attribute.name, { value: env[envName]!, envName });
  }
  return found;
}

/** Attributes a profile sets, as the Go reader sees them (empty values skipped, as Go does). */
export function profileAttributes(input: DoctorInput, profile: string): Map<string, ProfileValue> {
  const found = new Map<string, ProfileValue>();
  const keys = input.profiles.get(profile);
  if (!keys) return found;
  for (const attribute of ATTRIBUTES) {
    const entry = attribute.keys.go ? keys.get(attribute.keys.go) : undefined;
    if (entry && entry.value !== "") found.set(attribute.name, entry);
  }
  return found;
}

/** The attributes (name → value) the Go SDK ends up with: env first, then the profile fills gaps. */
export function mergedAttributes(env: Map<string, EnvValue>, profile: Map<string, ProfileValue>): Map<string, string> {
  const merged = new Map<string, string>();
  for (const attribute of ATTRIBUTES) {
    const value = env.get(attribute.name)?.value ?? profile.get(attribute.name)?.value;
    if (value !== undefined) merged.set(attribute.name, value);
  }
  return merged;
}

/**
 * How many auth groups (pat, basic, oauth, azure, …) the profile and the environment could set
 * together, counting empty values too (Python does): fewer than two means no conflict is possible.
 */
export function possibleAuthGroups(input: DoctorInput, profile: string, withEnv: boolean): number {
  const keys = input.profiles.get(profile);
  const groups = new Set<string>();
  for (const attribute of ATTRIBUTES) {
    if (!attribute.authGroup) continue;
    const inFile = [attribute.keys.go, attribute.keys.python].some((key) => key !== undefined && keys?.has(key));
    const inEnv = withEnv && attribute.env.some((name) => (input.env[name] ?? "") !== "");
    if (inFile || inEnv) groups.add(attribute.authGroup);
  }
  return groups.size;
}

/** Attributes that make the SDKs skip the config file when no profile was chosen (unified-auth.md §2.2). */
export function fileSkippingAttributes(env: Map<string, EnvValue>): EnvValue[] {
  return ATTRIBUTES.filter((a) => a.authGroup !== undefined || a.name === "host" || a.name === "azure_workspace_resource_id")
    .map((a) => env.get(a.name))
    .filter((v): v is EnvValue => v !== undefined);
}
