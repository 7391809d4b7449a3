import type { ConfigEdit } from "./config-edit.js";
import { DEFAULT_PROFILE, DEFAULT_PROFILE_KEY, SETTINGS_SECTION } from "./constants.js";
import { readProfiles } from "./dialects/index.js";
import { DIALECTS, type Dialect, type DialectProfiles, type DialectReadResult } from "./dialects/types.js";
import { EditRefusedError } from "./errors.js";

/**
 * Reads the text before and after an edit with all three SDK readers and refuses the edit unless
 * each reader that could read the file before now sees the intended change, and every other
 * (profile, key) it read before is unchanged — except readings that came from the very lines the
 * edit rewrote (e.g. the JS reader's junk key for an indented continuation line it removed).
 * This backs the spelling rules of `checkWritableValue` with the readers themselves.
 */
export function verifyEdit(before: string, after: string, path: string | undefined, edit: ConfigEdit, lines: ChangedLines): void {
  const disagreeing: { dialect: Dialect; problem: string }[] = [];
  for (const dialect of DIALECTS) {
    const old = read(before, path, dialect);
    if ("error" in old) continue;
    const now = read(after, path, dialect);
    const problem = "error" in now ? "could no longer parse the file" : findProblem(old, now, edit, dialect, lines);
    if (problem) disagreeing.push({ dialect, problem });
  }
  if (disagreeing.length > 0) {
    const reason = disagreeing.map((d) => `the ${d.dialect} reader ${d.problem}`).join("; ");
    throw new EditRefusedError(`Refused ${edit.op} on [${edit.profile}]: ${reason}. Nothing was changed.`, {
      reason,
      readers: disagreeing.map((d) => d.dialect),
    });
  }
}

function read(text: string, path: string | undefined, dialect: Dialect): DialectReadResult {
  return readProfiles(path === undefined ? { toString: () => text } : { toString: () => text, path }, dialect);
}

/** Old lines the edit rewrote or removed, and new lines it wrote (1-based). */
export interface ChangedLines {
  touched: ReadonlySet<number>;
  written: ReadonlySet<number>;
}

type Expectation = Map<string, Map<string, string | undefined>>;

function expect(expectations: Expectation, profile: string, key: string, value: string | undefined): void {
  let keys = expectations.get(profile);
  if (!keys) expectations.set(profile, (keys = new Map()));
  keys.set(key, value);
}

function intendedChanges(old: DialectProfiles, edit: ConfigEdit, dialect: Dialect): { expected: Expectation; profilesGone: string[]; profilesNew: string[] } {
  const expected: Expectation = new Map();
  const profilesGone: string[] = [];
  const profilesNew: string[] = [];
  const oldKeys = (profile: string) => Object.keys(old.profiles[profile] ?? {});
  switch (edit.op) {
    case "setValue": {
      const key = edit.key.toLowerCase();
      for (const k of oldKeys(edit.profile)) if (k.toLowerCase() === key) expect(expected, edit.profile, k, undefined);
      expect(expected, edit.profile, key, edit.value);
      break;
    }
    case "deleteKey":
      for (const k of oldKeys(edit.profile)) if (k.toLowerCase() === edit.key.toLowerCase()) expect(expected, edit.profile, k, undefined);
      break;
    case "keepLastKey":
      // Every reader that could read the file already used the last line: nothing it reads changes.
      break;
    case "addProfile":
      for (const [k, v] of Object.entries(edit.values)) expect(expected, edit.profile, k.toLowerCase(), v);
      if (Object.keys(edit.values).length > 0 || dialect !== "js") profilesNew.push(edit.profile);
      break;
    case "removeProfile":
      for (const k of oldKeys(edit.profile)) expect(expected, edit.profile, k, undefined);
      if (!(edit.profile === DEFAULT_PROFILE && dialect !== "js")) profilesGone.push(edit.profile);
      break;
    case "renameProfile":
      for (const [k, v] of Object.entries(old.profiles[edit.profile] ?? {})) {
        expect(expected, edit.profile, k, undefined);
        expect(expected, edit.to, k, v);
      }
      if (old.profiles[edit.profile]) {
        profilesGone.push(edit.profile);
        profilesNew.push(edit.to);
      }
      if (old.profiles[SETTINGS_SECTION]?.[DEFAULT_PROFILE_KEY]?.trim() === edit.profile) expect(expected, SETTINGS_SECTION, DEFAULT_PROFILE_KEY, edit.to);
      break;
    case "setDefaultProfile":
      expect(expected, SETTINGS_SECTION, DEFAULT_PROFILE_KEY, edit.profile);
      break;
  }
  return { expected, profilesGone, profilesNew };
}

function findProblem(old: DialectProfiles, now: DialectProfiles, edit: ConfigEdit, dialect: Dialect, lines: ChangedLines): string | undefined {
  const { expected, profilesGone, profilesNew } = intendedChanges(old, edit, dialect);
  for (const profile of profilesGone) if (now.profiles[profile] !== undefined) return `would still see the profile [${profile}]`;
  for (const profile of profilesNew) if (now.profiles[profile] === undefined) return `would not see the profile [${profile}]`;
  for (const [profile, keys] of expected) {
    for (const [key, value] of keys) {
      if (now.profiles[profile]?.[key] !== value) {
        return value === undefined ? `would still see "${key}" in [${profile}]` : `would not read the new value of "${key}" in [${profile}]`;
      }
    }
  }
  const names = new Set([...Object.keys(old.profiles), ...Object.keys(now.profiles)]);
  for (const profile of names) {
    const before = old.profiles[profile] ?? {};
    const after = now.profiles[profile] ?? {};
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (expected.get(profile)?.has(key) || before[key] === after[key]) continue;
      const oldLine = old.locations[profile]?.[key]?.line;
      const newLine = now.locations[profile]?.[key]?.line;
      if ((oldLine !== undefined && lines.touched.has(oldLine)) || (newLine !== undefined && lines.written.has(newLine))) continue;
      return after[key] === undefined ? `would lose "${key}" in [${profile}]` : `would read a changed or new "${key}" in [${profile}]`;
    }
  }
  return undefined;
}
