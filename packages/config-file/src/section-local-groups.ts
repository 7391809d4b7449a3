import type { ConfigEdit } from "./config-edit.js";
import type { ConfigLine } from "./config-line.js";
import { DEFAULT_PROFILE, SETTINGS_SECTION } from "./constants.js";

/** Edits that change only lines inside their profile's section. */
const SECTION_LOCAL_OPS: ReadonlySet<ConfigEdit["op"]> = new Set(["setValue", "deleteKey", "keepLastKey"]);

/** One profile's sections (one, or the repeats Go and JS merge): each one's lines `[start, end)` (0-based), and the groups of edits made to the profile. */
export interface SectionBlock {
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
export function sectionLocalGroups(lines: readonly ConfigLine[], groups: readonly (readonly ConfigEdit[])[]): SectionBlock[] {
  const headers = new Map<string, number[]>();
  for (const [index, line] of lines.entries()) {
    if (line.kind === "section") headers.set(line.name, [...(headers.get(line.name) ?? []), index]);
    else if (line.section === null && line.kind !== "blank" && line.kind !== "comment") return [];
  }
  if (headers.has(DEFAULT_PROFILE)) return [];
  const dotted = [...headers.keys()].filter((name) => name.includes("."));
  const nestsWithOthers = (profile: string) => profile.includes(".") || dotted.some((name) => name.startsWith(`${profile}.`));
  const blocks = new Map<number, SectionBlock>();
  for (const [index, group] of groups.entries()) {
    const profile = group[0]?.profile;
    if (profile === undefined || profile === SETTINGS_SECTION || nestsWithOthers(profile)) continue;
    if (!group.every((edit) => SECTION_LOCAL_OPS.has(edit.op) && edit.profile === profile)) continue;
    const at = headers.get(profile);
    if (!at) continue;
    let block = blocks.get(at[0]!);
    if (!block) {
      block = { ranges: at.map((start) => [start, sectionEndAfter(lines, start)]), groups: [] };
      blocks.set(at[0]!, block);
    }
    block.groups.push(index);
  }
  return [...blocks.values()].sort((a, b) => a.ranges[0]![0] - b.ranges[0]![0]);
}

/** The index after the last line of the section whose header is at `start`. */
export function sectionEndAfter(lines: readonly ConfigLine[], start: number): number {
  let end = start + 1;
  while (end < lines.length && lines[end]!.kind !== "section") end++;
  return end;
}
