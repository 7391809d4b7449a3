import type { ConfigEdit } from "./config-edit.js";
import type { ConfigLine } from "./config-line.js";
import { DEFAULT_PROFILE, SETTINGS_SECTION } from "./constants.js";
import { indexSectionRanges } from "./section-blocks.js";

/** Edits that change only lines inside their profile's section. */
const SECTION_LOCAL_OPS: ReadonlySet<ConfigEdit["op"]> = new Set(["setValue", "deleteKey", "keepLastKey"]);

/** One profile's sections (one, or the repeats Go and JS merge): each one's lines `[start, end)` (0-based), and the groups of edits made to the profile. */
export interface ProfileSections {
  ranges: Array<[start: number, end: number]>;
  groups: number[];
}

/**
 * The groups of edits that can be applied to a document of their profile's sections alone and give
 * what the whole document would: each edit of the group is section-local and names the same
 * profile, and no reader could see the profile's keys anywhere else — so there is no `[DEFAULT]`
 * section and no key before the first header (the defaults Python and Go give every profile), and
 * no dotted section name around it (the JS reader nests `[a.b]` under `a`). A profile written in
 * several sections keeps them all, in order (Go and JS merge them; Python reads no such file).
 * Returns the profiles' sections, by their first line, with the indices of their groups; every
 * other group is left for edits one by one.
 */
export function sectionLocalGroups(lines: readonly ConfigLine[], groups: readonly (readonly ConfigEdit[])[]): ProfileSections[] {
  const firstHeader = lines.findIndex((line) => line.kind === "section");
  const beforeFirstHeader = firstHeader === -1 ? lines : lines.slice(0, firstHeader);
  if (beforeFirstHeader.some((line) => line.kind !== "blank" && line.kind !== "comment")) return [];
  const ranges = indexSectionRanges(lines);
  if (ranges.has(DEFAULT_PROFILE)) return [];
  const dotted = [...ranges.keys()].filter((name) => name.includes("."));
  const nestsWithOthers = (profile: string) => profile.includes(".") || dotted.some((name) => name.startsWith(`${profile}.`));
  const byProfile = new Map<string, ProfileSections>();
  for (const [index, group] of groups.entries()) {
    const profile = group[0]?.profile;
    if (profile === undefined || profile === SETTINGS_SECTION || nestsWithOthers(profile)) continue;
    if (!group.every((edit) => SECTION_LOCAL_OPS.has(edit.op) && edit.profile === profile)) continue;
    const sections = ranges.get(profile);
    if (!sections) continue;
    let entry = byProfile.get(profile);
    if (!entry) byProfile.set(profile, (entry = { ranges: sections, groups: [] }));
    entry.groups.push(index);
  }
  return [...byProfile.values()].sort((a, b) => a.ranges[0]![0] - b.ranges[0]![0]);
}
