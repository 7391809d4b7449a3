import type { ConfigLine, EntryLine, SectionLine } from "./config-line.js";

/** One `[name]` header and its body: `lastContent` is the index of its last key, continuation or unparsable line (the header itself when empty). */
export interface SectionBlock {
  header: number;
  lastContent: number;
  entries: EntryLine[];
}

/** Every block headed `[name]`, in file order (the same name may appear more than once). */
export function findSectionBlocks(lines: readonly ConfigLine[], name: string): SectionBlock[] {
  const blocks: SectionBlock[] = [];
  let current: SectionBlock | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "section") {
      current = (line as SectionLine).name === name ? { header: i, lastContent: i, entries: [] } : undefined;
      if (current) blocks.push(current);
      continue;
    }
    if (!current) continue;
    if (line.kind === "entry") {
      current.entries.push(line);
      current.lastContent = i;
    } else if (line.kind === "continuation" || line.kind === "invalid") {
      current.lastContent = i;
    }
  }
  return blocks;
}

/** Every section name (each once) with the entries of all its blocks, in file order: one pass over the lines. */
export function indexEntriesBySection(lines: readonly ConfigLine[]): Map<string, EntryLine[]> {
  const index = new Map<string, EntryLine[]>();
  let current: EntryLine[] | undefined;
  for (const line of lines) {
    if (line.kind === "section") {
      const name = (line as SectionLine).name;
      current = index.get(name);
      if (current === undefined) index.set(name, (current = []));
    } else if (line.kind === "entry" && current !== undefined) {
      current.push(line);
    }
  }
  return index;
}

/** Every section name (each once) with the line range `[start, end)` of each of its blocks (header to the next header), in file order: one pass over the lines. */
export function indexSectionRanges(lines: readonly ConfigLine[]): Map<string, Array<[start: number, end: number]>> {
  const index = new Map<string, Array<[start: number, end: number]>>();
  let open: [start: number, end: number] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== "section") continue;
    if (open) open[1] = i;
    open = [i, lines.length];
    const name = (line as SectionLine).name;
    const ranges = index.get(name);
    if (ranges) ranges.push(open);
    else index.set(name, [open]);
  }
  return index;
}

/** Indexes of the continuation lines Python appends to the entry at `entryIndex`. */
export function continuationIndexes(lines: readonly ConfigLine[], entryIndex: number): number[] {
  const owner = lines[entryIndex]!.number;
  const result: number[] = [];
  for (let i = entryIndex + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "continuation" && line.ownerLine === owner) result.push(i);
    else if (line.kind !== "blank" && line.kind !== "comment") break;
  }
  return result;
}
