import { ATTRIBUTES } from "@dbcfg/config-file";
import { envAttributes } from "@dbcfg/unified-auth";
import type { ProfileValue } from "./profile-view.js";
import type { DoctorInput } from "./doctor-input.js";

/** Attributes a profile sets, as the Go reader sees them (empty values skipped, as Go does), with where. */
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

/**
 * How many auth groups (pat, basic, oauth, azure, …) the profile and the environment could set
 * together, counting empty values in the file too (Python does): fewer than two means no conflict is possible.
 */
export function possibleAuthGroups(input: DoctorInput, profile: string, withEnv: boolean): number {
  const keys = input.profiles.get(profile);
  const fromEnv = withEnv ? envAttributes(input.env) : new Map();
  const groups = new Set<string>();
  for (const attribute of ATTRIBUTES) {
    if (!attribute.authGroup) continue;
    const inFile = [attribute.keys.go, attribute.keys.python].some((key) => key !== undefined && keys?.has(key));
    if (inFile || fromEnv.has(attribute.name)) groups.add(attribute.authGroup);
  }
  return groups.size;
}
