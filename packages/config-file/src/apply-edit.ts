import type { ConfigEdit } from "./config-edit.js";
import type { ConfigLine, EntryLine } from "./config-line.js";
import { DEFAULT_PROFILE_KEY, SETTINGS_SECTION } from "./constants.js";
import type { DocumentStyle } from "./document-style.js";
import { effectiveValue, inlineCommentIndex } from "./effective-value.js";
import { ConfigFileError, EditRefusedError } from "./errors.js";
import { continuationIndexes, findSectionBlocks } from "./section-blocks.js";
import type { RawLine } from "./split-lines.js";
import { checkWritableKey, checkWritableProfileName, checkWritableValue, type Refusal } from "./writable-text.js";

/**
 * Applies one edit to the typed lines and returns the new text. Only the lines the edit must
 * touch change; everything else is carried over as it was (text and line ending). Throws
 * `EditRefusedError` (nothing changed) for a value, key or name the readers would disagree on.
 */
export function applyEdit(lines: readonly ConfigLine[], style: DocumentStyle, edit: ConfigEdit): EditOutcome {
  const draft = new Draft(lines, style);
  switch (edit.op) {
    case "setValue":
      assertProfileEditable(edit.profile);
      draft.setValue(edit.profile, normaliseKey(edit.key), edit.value);
      break;
    case "deleteKey":
      // Removing a key never creates a profile, so [__settings__] is allowed (e.g. default_profile).
      draft.deleteKey(edit.profile, edit.key.toLowerCase());
      break;
    case "keepLastKey":
      draft.keepLastKey(edit.profile, edit.key.toLowerCase());
      break;
    case "addProfile":
      assertProfileEditable(edit.profile);
      draft.addProfile(edit.profile, edit.values);
      break;
    case "removeProfile":
      assertProfileEditable(edit.profile);
      draft.removeProfile(edit.profile);
      break;
    case "renameProfile":
      assertProfileEditable(edit.profile);
      assertProfileEditable(edit.to);
      draft.renameProfile(edit.profile, edit.to);
      break;
    case "setDefaultProfile":
      assertProfileEditable(edit.profile);
      draft.setDefaultProfile(edit.profile);
      break;
  }
  const { text, written } = draft.finish();
  return { text, touched: draft.touched(), written };
}

export interface EditOutcome {
  /** The whole new text. */
  text: string;
  /** 1-based numbers of the old lines the edit rewrote or removed. */
  touched: ReadonlySet<number>;
  /** 1-based numbers of the new lines whose text the edit wrote. */
  written: ReadonlySet<number>;
}

function normaliseKey(key: string): string {
  const lower = key.toLowerCase();
  refuseIf(checkWritableKey(lower), `Cannot write the key "${lower}"`);
  return lower;
}

function assertProfileEditable(profile: string): void {
  if (profile === SETTINGS_SECTION) {
    throw new EditRefusedError(
      `[${SETTINGS_SECTION}] is reserved for file-wide settings and is not a profile; use setDefaultProfile to change default_profile.`,
      { reason: "reserved section", readers: ["go", "python", "js"] },
    );
  }
}

function refuseIf(refusal: Refusal | undefined, what: string): void {
  if (refusal) {
    throw new EditRefusedError(`${what}: ${refusal.reason}. Readers that would disagree: ${refusal.readers.join(", ")}. Nothing was changed.`, refusal);
  }
}

class Draft {
  /** Old line index → its new raw line, or null when removed; absent = unchanged. */
  private readonly replaced = new Map<number, RawLine | null>();
  /** Lines to add after old line index (-1 = before the first line). */
  private readonly inserts = new Map<number, RawLine[]>();
  private readonly appended: RawLine[] = [];
  private readonly endsWithNewline: boolean;

  constructor(
    private readonly lines: readonly ConfigLine[],
    private readonly style: DocumentStyle,
  ) {
    this.endsWithNewline = lines.length === 0 || lines[lines.length - 1]!.eol !== "";
  }

  setValue(profile: string, key: string, value: string, checkName = true): void {
    refuseIf(checkWritableValue(value), `Cannot write the value of "${key}" in [${profile}]`);
    const blocks = findSectionBlocks(this.lines, profile);
    if (blocks.length === 0) {
      if (checkName) refuseIf(checkWritableProfileName(profile), `Cannot add the profile [${profile}]`);
      this.appendSection(profile, [[key, value]]);
      return;
    }
    const existing = blocks.flatMap((b) => b.entries).filter((e) => e.key.toLowerCase() === key);
    const target = existing[existing.length - 1];
    if (!target) {
      const block = blocks[blocks.length - 1]!;
      const lastEntry = block.entries[block.entries.length - 1];
      const indent = lastEntry ? lastEntry.raw.slice(0, lastEntry.keyStart) : "";
      this.insertAfter(block.lastContent, [{ text: indent + this.entryText(key, value), eol: this.style.eol }]);
      return;
    }
    this.replaceEntry(target, key, value);
  }

  deleteKey(profile: string, key: string): void {
    for (const block of findSectionBlocks(this.lines, profile)) {
      for (const entry of block.entries) {
        if (entry.key.toLowerCase() === key) this.removeEntry(entry.number - 1);
      }
    }
  }

  keepLastKey(profile: string, key: string): void {
    const entries = findSectionBlocks(this.lines, profile).flatMap((block) => block.entries.filter((entry) => entry.key.toLowerCase() === key));
    for (const entry of entries.slice(0, -1)) this.removeEntry(entry.number - 1);
  }

  addProfile(profile: string, values: Readonly<Record<string, string>>): void {
    refuseIf(checkWritableProfileName(profile), `Cannot add the profile [${profile}]`);
    if (findSectionBlocks(this.lines, profile).length > 0) {
      throw new EditRefusedError(
        `The profile [${profile}] already exists; a second [${profile}] section would make Python fail with DuplicateSectionError. Use setValue to change it.`,
        { reason: "duplicate section", readers: ["python"] },
      );
    }
    const entries = Object.entries(values).map(([k, v]): [string, string] => {
      const key = normaliseKey(k);
      refuseIf(checkWritableValue(v), `Cannot write the value of "${key}" in [${profile}]`);
      return [key, v];
    });
    const keys = entries.map(([k]) => k);
    const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
    if (duplicate) {
      throw new EditRefusedError(`The key "${duplicate}" is given twice for [${profile}] (keys are lower-cased).`, {
        reason: "duplicate key",
        readers: ["python"],
      });
    }
    this.appendSection(profile, entries);
  }

  removeProfile(profile: string): void {
    for (const block of findSectionBlocks(this.lines, profile)) {
      for (let i = block.header; i <= block.lastContent; i++) this.replaced.set(i, null);
      const before = block.header === 0 ? undefined : this.lines[block.header - 1];
      const after = this.lines[block.lastContent + 1];
      if (after?.kind === "blank" && (before === undefined || before.kind === "blank")) this.replaced.set(block.lastContent + 1, null);
    }
  }

  renameProfile(profile: string, to: string): void {
    refuseIf(checkWritableProfileName(to), `Cannot rename [${profile}] to [${to}]`);
    const blocks = findSectionBlocks(this.lines, profile);
    if (blocks.length === 0) throw new ConfigFileError("profile-not-found", `There is no profile [${profile}] to rename.`);
    if (findSectionBlocks(this.lines, to).length > 0) {
      throw new EditRefusedError(`Cannot rename [${profile}] to [${to}]: a profile [${to}] already exists (Python would fail with DuplicateSectionError).`, {
        reason: "duplicate section",
        readers: ["python"],
      });
    }
    for (const block of blocks) {
      const header = this.lines[block.header]!;
      if (header.kind !== "section") continue;
      this.replaced.set(block.header, { text: header.raw.slice(0, header.nameStart) + to + header.raw.slice(header.nameEnd), eol: header.eol });
    }
    const pointer = this.defaultProfileEntry();
    if (pointer && effectiveValue(pointer).trim() === profile) this.replaceEntry(pointer, DEFAULT_PROFILE_KEY, to);
  }

  setDefaultProfile(profile: string): void {
    if (findSectionBlocks(this.lines, profile).length === 0) {
      throw new ConfigFileError(
        "profile-not-found",
        `There is no profile [${profile}] to make the default; the SDKs would fail with "has no ${profile} profile configured". Add it first.`,
      );
    }
    this.setValue(SETTINGS_SECTION, DEFAULT_PROFILE_KEY, profile, false);
  }

  /** 1-based numbers of the old lines rewritten or removed. */
  touched(): Set<number> {
    return new Set([...this.replaced.keys()].map((i) => i + 1));
  }

  /**
   * The new text and the 1-based numbers of the lines this edit wrote. Unchanged lines keep their
   * text and ending; a line that stops being the last gets the file's line ending, and the file
   * keeps ending (or not) with a newline as before.
   */
  finish(): { text: string; written: Set<number> } {
    const texts: string[] = [];
    const eols: string[] = [];
    const written = new Set<number>();
    const add = (line: RawLine, isNew: boolean) => {
      texts.push(line.text);
      eols.push(line.eol);
      if (isNew) written.add(texts.length);
    };
    for (const line of this.inserts.get(-1) ?? []) add(line, true);
    for (let i = 0; i < this.lines.length; i++) {
      const replacement = this.replaced.get(i);
      if (replacement === undefined) {
        const line = this.lines[i]!;
        texts.push(line.raw);
        eols.push(line.eol);
      } else if (replacement !== null) {
        add(replacement, true);
      }
      for (const line of this.inserts.get(i) ?? []) add(line, true);
    }
    for (const line of this.appended) add(line, true);
    const last = eols.length - 1;
    for (let i = 0; i < last; i++) if (eols[i] === "") eols[i] = this.style.eol;
    if (last >= 0) eols[last] = this.endsWithNewline ? eols[last] || this.style.eol : "";
    const parts = new Array<string>(texts.length);
    for (let i = 0; i < texts.length; i++) parts[i] = texts[i]! + eols[i]!;
    return { text: parts.join(""), written };
  }

  private defaultProfileEntry(): EntryLine | undefined {
    const entries = findSectionBlocks(this.lines, SETTINGS_SECTION).flatMap((b) => b.entries);
    return entries.filter((e) => e.key.toLowerCase() === DEFAULT_PROFILE_KEY).pop();
  }

  private entryText(key: string, value: string): string {
    return value === "" ? key + this.style.separator.trimEnd() : key + this.style.separator + value;
  }

  private replaceEntry(target: EntryLine, key: string, value: string): void {
    const index = target.number - 1;
    const raw = target.raw;
    const indent = raw.slice(0, target.keyStart);
    const text =
      target.delimiter === "=" && target.value !== ""
        ? indent + key + raw.slice(target.keyEnd, target.valueStart) + value + raw.slice(target.valueEnd)
        : indent + this.entryText(key, value);
    // Go reads " #…" as a comment that Python keeps in the value: keep it as a comment line.
    const comment = inlineCommentIndex(target.value);
    if (comment >= 0) this.insertAfter(index - 1, [{ text: indent + target.value.slice(comment + 1), eol: this.style.eol }]);
    this.replaced.set(index, { text, eol: target.eol });
    for (const c of continuationIndexes(this.lines, index)) this.replaced.set(c, null);
  }

  private removeEntry(index: number): void {
    this.replaced.set(index, null);
    for (const c of continuationIndexes(this.lines, index)) this.replaced.set(c, null);
  }

  private insertAfter(index: number, added: RawLine[]): void {
    this.inserts.set(index, [...(this.inserts.get(index) ?? []), ...added]);
  }

  /** The text of the last line that will remain, or undefined when none will. */
  private lastRemainingText(): string | undefined {
    if (this.appended.length > 0) return this.appended[this.appended.length - 1]!.text;
    for (let i = this.lines.length - 1; i >= -1; i--) {
      const inserted = this.inserts.get(i);
      if (inserted && inserted.length > 0) return inserted[inserted.length - 1]!.text;
      if (i < 0) break;
      const replacement = this.replaced.get(i);
      if (replacement === undefined) return this.lines[i]!.raw;
      if (replacement !== null) return replacement.text;
    }
    return undefined;
  }

  private appendSection(profile: string, entries: readonly (readonly [string, string])[]): void {
    const eol = this.style.eol;
    const last = this.lastRemainingText();
    if (last !== undefined && last.trim() !== "") this.appended.push({ text: "", eol });
    this.appended.push({ text: `[${profile}]`, eol });
    for (const [key, value] of entries) this.appended.push({ text: this.entryText(key, value), eol });
  }
}
