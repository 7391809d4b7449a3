import type { ProfileValue, SectionHeader } from "./profile-view.js";
import type { DoctorInput } from "./doctor-input.js";
import type { FindingLocation } from "../engine/types.js";

/** Where a key stands in the config file, for text, JSON and SARIF. */
export function keyLocation(input: DoctorInput, entry: Pick<ProfileValue, "line" | "column">): FindingLocation {
  return { file: input.configPath.path, line: entry.line, column: entry.column };
}

/** Where a `[section]` header stands. */
export function sectionLocation(input: DoctorInput, section: Pick<SectionHeader, "line">): FindingLocation {
  return { file: input.configPath.path, line: section.line, column: 1 };
}

/** The first header of a profile, for findings about the profile as a whole. */
export function profileLocation(input: DoctorInput, profile: string): FindingLocation | undefined {
  const section = input.firstSections.get(profile);
  return section ? sectionLocation(input, section) : undefined;
}

/** The value the Go SDK would read for `key` in `profile`, with its line. */
export function profileKey(input: DoctorInput, profile: string, key: string): ProfileValue | undefined {
  return input.profiles.get(profile)?.get(key);
}

/** A profile name quoted for a shell command in a `fix` line. */
export function shellArg(value: string): string {
  return /^[A-Za-z0-9_.\-/:@]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
}
