import { inspect } from "node:util";
import { applyEdit } from "./apply-edit.js";
import { classifyLines } from "./classify-lines.js";
import type { ConfigEdit } from "./config-edit.js";
import type { ConfigLine, ContinuationLine, EntryLine } from "./config-line.js";
import { DEFAULT_PROFILE_KEY, SETTINGS_SECTION } from "./constants.js";
import type { Diagnostic } from "./diagnostic.js";
import { findDocumentStyle, type DocumentStyle } from "./document-style.js";
import { effectiveValue } from "./effective-value.js";
import { findDiagnostics } from "./find-diagnostics.js";
import { continuationIndexes, indexEntriesBySection } from "./section-blocks.js";
import { sectionLocalGroups } from "./section-local-groups.js";
import { splitLines } from "./split-lines.js";
import { verifyEdit } from "./verify-edit.js";

/** How the file's bytes were turned into text: `latin1` when they were not valid UTF-8 (kept byte for byte). */
export type TextEncoding = "utf8" | "latin1";

export interface ConfigDocumentOptions {
  path?: string;
  encoding?: TextEncoding;
  /**
   * Re-read the text with all three SDK readers after each edit and refuse the edit unless they
   * see exactly the intended change. Default: on for texts up to `READER_CHECK_LIMIT` characters
   * (every real `.databrickscfg`); beyond that only the spelling rules guard the edit, since the
   * readers take about a second per megabyte.
   */
  verifyWithReaders?: boolean;
}

/** Texts up to this many characters get the reader check after each edit by default. */
export const READER_CHECK_LIMIT = 256 * 1024;

/**
 * A lossless `.databrickscfg`: an ordered array of typed lines (each with its own line ending)
 * that `toString()` joins back into the exact input. Edits change only the lines they must and are
 * logged (`edits`), so a save can replay them onto a file that changed meanwhile. Its inspected
 * and JSON forms show no line contents, so a token never leaks through a log.
 */
export class ConfigDocument {
  /** The file the text came from, if any (used in messages and by the dialect readers). */
  readonly path: string | undefined;
  /** How the bytes were decoded; `saveConfigFile` encodes the same way. */
  readonly encoding: TextEncoding;
  /** The text this document was parsed from, before any edit. */
  readonly baseText: string;
  #text: string;
  #lines: ConfigLine[];
  #style: DocumentStyle | undefined;
  #diagnostics: Diagnostic[] | undefined;
  /** Every section's entries by section name, built on first lookup: one pass, not one per lookup. */
  #entriesBySection: Map<string, EntryLine[]> | undefined;
  readonly #edits: ConfigEdit[] = [];
  readonly #verifyWithReaders: boolean | undefined;

  constructor(text: string, options: ConfigDocumentOptions = {}) {
    this.path = options.path;
    this.encoding = options.encoding ?? "utf8";
    this.baseText = text;
    this.#verifyWithReaders = options.verifyWithReaders;
    this.#text = text;
    this.#lines = classifyLines(splitLines(text));
  }

  /** The document's text, byte for byte the input when nothing was edited. */
  toString(): string {
    return this.#text;
  }

  /** The typed lines, in order. */
  get lines(): readonly ConfigLine[] {
    return this.#lines;
  }

  /** Every problem found, sorted by position (computed on first use). */
  get diagnostics(): readonly Diagnostic[] {
    this.#diagnostics ??= findDiagnostics(this.#lines, this.encoding);
    return this.#diagnostics;
  }

  /** The edits applied since parsing, in order. */
  get edits(): readonly ConfigEdit[] {
    return this.#edits;
  }

  /** Section names in file order, each once (`[__settings__]` included). */
  sectionNames(): string[] {
    const names = new Set<string>();
    for (const line of this.#lines) if (line.kind === "section") names.add(line.name);
    return [...names];
  }

  /** Profile names in file order, each once: every section except `[__settings__]`. */
  profileNames(): string[] {
    return this.sectionNames().filter((n) => n !== SETTINGS_SECTION);
  }

  hasProfile(name: string): boolean {
    return this.#sectionIndex().has(name);
  }

  /** The line that sets `key` (compared lower-cased) in `profile`; the last one when repeated. */
  findEntry(profile: string, key: string): EntryLine | undefined {
    return this.findEntries(profile, key).at(-1);
  }

  /** Every line that sets `key` (compared lower-cased) in `profile`, in file order (the last is what Go reads). */
  findEntries(profile: string, key: string): EntryLine[] {
    const lower = key.toLowerCase();
    return (this.#sectionIndex().get(profile) ?? []).filter((entry) => entry.key.toLowerCase() === lower);
  }

  /** The indented lines Python appends to `entry`'s value (a value wrapped onto several lines), in file order. */
  continuationsOf(entry: EntryLine): ContinuationLine[] {
    return continuationIndexes(this.#lines, entry.number - 1).map((index) => this.#lines[index] as ContinuationLine);
  }

  #sectionIndex(): Map<string, EntryLine[]> {
    this.#entriesBySection ??= indexEntriesBySection(this.#lines);
    return this.#entriesBySection;
  }

  /** `key` in `profile` as the Databricks CLI (Go) reads it, or undefined. Exact per-SDK values: `readProfiles`. */
  getValue(profile: string, key: string): string | undefined {
    const entry = this.findEntry(profile, key);
    return entry ? effectiveValue(entry) : undefined;
  }

  /** `[__settings__] default_profile`, if set. */
  getDefaultProfile(): string | undefined {
    const entry = this.findEntry(SETTINGS_SECTION, DEFAULT_PROFILE_KEY);
    const value = entry ? effectiveValue(entry).trim() : "";
    return value === "" ? undefined : value;
  }

  /**
   * Sets `key` (written lower-case) in `profile`: replaces the value in place (an inline comment
   * moves to its own line above), or adds a line after the profile's last key, or adds the profile
   * at the end. Throws `EditRefusedError` for a value the SDK readers would read differently.
   */
  setValue(profile: string, key: string, value: string): void {
    this.apply({ op: "setValue", profile, key, value });
  }

  /** Removes every line setting `key` in `profile` (and Python continuation lines of it). */
  deleteKey(profile: string, key: string): void {
    this.apply({ op: "deleteKey", profile, key });
  }

  /**
   * Removes every line setting `key` in `profile` but the last (the one Go and JS read), and the
   * Python continuation lines of those; the last line stays where it is, untouched.
   */
  keepLastKey(profile: string, key: string): void {
    this.apply({ op: "keepLastKey", profile, key });
  }

  /** Appends `[profile]` with `values`; refused when it exists or a name/value is unsafe. */
  addProfile(profile: string, values: Readonly<Record<string, string>> = {}): void {
    this.apply({ op: "addProfile", profile, values: { ...values } });
  }

  /** Removes every `[profile]` section: the header, its keys and the comments between them. */
  removeProfile(profile: string): void {
    this.apply({ op: "removeProfile", profile });
  }

  /** Renames `[profile]` to `[to]` in place; `default_profile` follows when it named `profile`. */
  renameProfile(profile: string, to: string): void {
    this.apply({ op: "renameProfile", profile, to });
  }

  /** Sets `[__settings__] default_profile` (the section is added at the end when missing). */
  setDefaultProfile(profile: string): void {
    this.apply({ op: "setDefaultProfile", profile });
  }

  /** Applies one logged edit; throws, changing nothing, when it is refused. */
  apply(edit: ConfigEdit): void {
    this.#style ??= findDocumentStyle(this.#lines);
    const outcome = applyEdit(this.#lines, this.#style, edit);
    const text = outcome.text;
    if (this.#verifyWithReaders ?? text.length <= READER_CHECK_LIMIT) verifyEdit(this.#text, text, this.path, edit, outcome);
    this.#replaceText(text);
    this.#edits.push(edit);
  }

  /**
   * Applies groups of edits: each group in order, stopping at its first refused edit; returns, per
   * group, the error that refused it (or undefined). The result is that of calling the edit
   * methods one by one, but the document is not re-read after every edit (with many edits, as a
   * `doctor --fix` of hundreds of profiles makes, that work grew with the square of the file):
   * each group that edits only the keys of one profile (see `sectionLocalGroups`) is applied to a
   * document of that profile's sections alone — with the same checks, the SDK readers included —
   * and the sections are joined back in one pass. Every other group is then applied to the whole
   * document.
   */
  applyGroups(groups: readonly (readonly ConfigEdit[])[]): (Error | undefined)[] {
    const results = new Array<Error | undefined>(groups.length).fill(undefined);
    const applyGroup = (doc: ConfigDocument, index: number) => {
      try {
        for (const edit of groups[index]!) doc.apply(edit);
      } catch (error) {
        results[index] = error as Error;
      }
    };
    const profiles = groups.length > 1 ? sectionLocalGroups(this.#lines, groups) : [];
    const local = new Set(profiles.flatMap((profile) => profile.groups));
    if (profiles.length > 0) {
      this.#style ??= findDocumentStyle(this.#lines);
      // Each profile's sections, edited on their own, give back the text of each of its ranges.
      const replaced: Array<{ start: number; end: number; text: string }> = [];
      const applied: ConfigEdit[] = [];
      for (const { ranges, groups: indices } of profiles) {
        const sections = new ConfigDocument(ranges.map(([start, end]) => this.#raw(start, end)).join(""), {
          ...(this.path !== undefined ? { path: this.path } : {}),
          encoding: this.encoding,
          ...(this.#verifyWithReaders !== undefined ? { verifyWithReaders: this.#verifyWithReaders } : {}),
        });
        // New lines take the whole file's line ending and spacing, not those of the sections alone.
        sections.#style = this.#style;
        for (const index of indices) applyGroup(sections, index);
        const headers = sections.#lines.flatMap((line, index) => (line.kind === "section" ? [index] : []));
        // Key edits never add or drop a header; if one did, the ranges could not be told apart.
        if (headers.length !== ranges.length || headers[0] !== 0) throw new Error("applyGroups: a section edit changed the section headers");
        const ends = [...headers.slice(1), sections.#lines.length];
        ranges.forEach(([start, end], k) => replaced.push({ start, end, text: sections.#raw(headers[k]!, ends[k]!) }));
        for (const edit of sections.#edits) applied.push(edit);
      }
      // splitLines keeps every character (a BOM included), so the lines give the text back exactly.
      const pieces: string[] = [];
      let next = 0;
      for (const { start, end, text } of replaced.sort((a, b) => a.start - b.start)) {
        pieces.push(this.#raw(next, start), text);
        next = end;
      }
      pieces.push(this.#raw(next, this.#lines.length));
      this.#replaceText(pieces.join(""));
      for (const edit of applied) this.#edits.push(edit);
    }
    for (let index = 0; index < groups.length; index++) if (!local.has(index)) applyGroup(this, index);
    return results;
  }

  /** The text of lines `[from, to)`, line endings included. */
  #raw(from: number, to: number): string {
    return this.#lines
      .slice(from, to)
      .map((line) => line.raw + line.eol)
      .join("");
  }

  #replaceText(text: string): void {
    this.#text = text;
    this.#lines = classifyLines(splitLines(text));
    this.#diagnostics = undefined;
    this.#entriesBySection = undefined;
  }

  /** A summary that never shows line contents (they may hold tokens). */
  toJSON(): object {
    return {
      path: this.path,
      lines: this.#lines.length,
      profiles: this.profileNames(),
      edits: this.#edits.map((e) => e.op),
    };
  }

  [inspect.custom](): string {
    return `ConfigDocument ${inspect(this.toJSON())}`;
  }
}
