import { DEFAULT_PROFILE, readProfiles, type ConfigDocument, type DialectProfiles } from "@dbcfg/config-file";

/** One value a profile sets, as the Go SDK (and the CLI) reads it, with where it stands. */
export interface ProfileValue {
  value: string;
  line: number;
  column: number;
}

/** A `[section]` header of the file (duplicates kept), for pointing findings at it. */
export interface SectionHeader {
  name: string;
  line: number;
}

/** The located views the checks read, all built from the `@dbcfg/config-file` document. */
export interface ProfileView {
  /** Go reader's view: profile → key → value; the last line wins, as in Go. */
  profiles: Map<string, Map<string, ProfileValue>>;
  sections: SectionHeader[];
  /** The first header of each section name, so a finding finds its profile's line without a scan. */
  firstSections: Map<string, SectionHeader>;
  /** How many lines set each key in each profile (duplicates > 1). */
  keyCounts: Map<string, Map<string, number>>;
  /** What the profiles map was built from (the Go reading, else the JS one), for `@dbcfg/unified-auth` `selectedProfile`. */
  goProfiles: DialectProfiles;
}

/**
 * Builds the views from `doc`: values through the Go dialect reader (the JS reader when Go cannot
 * parse the file at all, so the other checks still see the profiles; `config-file-syntax` reports why).
 */
export function viewProfiles(doc: ConfigDocument): ProfileView {
  const go = readProfiles(doc, "go");
  const read = ("error" in go ? readProfiles(doc, "js") : go) as DialectProfiles;
  const profiles = new Map<string, Map<string, ProfileValue>>();
  for (const [name, keys] of Object.entries(read.profiles)) {
    const values = new Map<string, ProfileValue>();
    for (const [key, value] of Object.entries(keys)) {
      const at = read.locations[name]?.[key] ?? { line: 1, column: 1 };
      values.set(key, { value, line: at.line, column: at.column });
    }
    profiles.set(name, values);
  }
  const sections: SectionHeader[] = [];
  const firstSections = new Map<string, SectionHeader>();
  const keyCounts = new Map<string, Map<string, number>>();
  for (const line of doc.lines) {
    if (line.kind === "section") {
      const header = { name: line.name, line: line.number };
      sections.push(header);
      if (!firstSections.has(header.name)) firstSections.set(header.name, header);
    }
    if (line.kind !== "entry") continue;
    const section = line.section ?? DEFAULT_PROFILE;
    const counts = keyCounts.get(section) ?? new Map<string, number>();
    counts.set(line.key, (counts.get(line.key) ?? 0) + 1);
    keyCounts.set(section, counts);
  }
  return { profiles, sections, firstSections, keyCounts, goProfiles: read };
}
