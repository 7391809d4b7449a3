import ini from "ini";
import { flattenIniObject } from "./flatten-ini-object.js";
import { LineLocator } from "./line-locator.js";
import { emptyRecord, recordIn } from "./record.js";
import type { DialectReadResult, KeyLocation } from "./types.js";

/** `ini.decode`'s own line pattern: a `[section]` header, or `key` with an optional `= value`. */
const INI_LINE = /^\[([^\]]*)\]\s*$|^([^=]+)(=(.*))?$/i;
const INI_LINE_BREAKS = /[\r\n]+/g;

/**
 * Reads `text` as `@databricks/sdk-experimental` 0.17.0 does: `flattenIniObject(ini.parse(text))`
 * with the real `ini` package (the SDK's loader is `loadConfigFile` in
 * `dist/config/KnownConfigLoader.js`). `ini` drops lines it cannot read; the few keys that make it
 * crash give `{error}` with its message.
 */
export function readJsProfiles(text: string): DialectReadResult {
  let flattened: Map<string, Record<string, unknown>>;
  try {
    flattened = flattenIniObject(ini.parse(text));
  } catch (error) {
    // `ini` trusts that keys are strings: `'null' = x` makes it read `null.length` and throw.
    // The SDK logs the message and goes on as if there were no file.
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const origins = findKeyOrigins(text);
  const profiles = emptyRecord<Record<string, string>>();
  const locations = emptyRecord<Record<string, KeyLocation>>();
  const typedValues = emptyRecord<Record<string, boolean | number>>();
  for (const [profile, values] of flattened) {
    for (const key of Object.keys(values)) {
      const value: unknown = values[key];
      recordIn(profiles, profile)[key] = String(value);
      if (typeof value === "boolean" || typeof value === "number") recordIn(typedValues, profile)[key] = value;
      const location = origins.locate(profile, key);
      if (location) recordIn(locations, profile)[key] = location;
    }
  }
  return Object.keys(typedValues).length > 0 ? { profiles, locations, typedValues } : { profiles, locations };
}

/**
 * Where each `(profile, key)` of the flattened result was written: the lines `ini.decode` reads,
 * with the section path `ini` nests them under, joined with `.` as the SDK flattens it.
 */
function findKeyOrigins(text: string): { locate(profile: string, key: string): KeyLocation | undefined } {
  const locator = new LineLocator(text);
  const origins = new Map<string, KeyLocation[]>();
  let profile: string | undefined = "";
  for (const { line, offset } of iniLines(text)) {
    if (!line || /^\s*[;#]/.test(line) || /^\s*$/.test(line)) continue;
    const match = INI_LINE.exec(line);
    if (!match) continue;
    if (match[1] !== undefined) {
      // `unsafe` JSON-parses single-quoted text, so a name may be a number, null or an object.
      const section: unknown = ini.unsafe(match[1]);
      profile = section === "__proto__" ? undefined : flattenedName(String(section));
      continue;
    }
    if (profile === undefined) continue;
    const rawKey: unknown = ini.unsafe(match[2]!);
    const isArray = typeof rawKey === "string" && rawKey.length > 2 && rawKey.endsWith("[]");
    if (rawKey === "__proto__" || (isArray && rawKey === "__proto__[]")) continue;
    const key = isArray ? rawKey.slice(0, -2) : String(rawKey);
    const id = originId(profile, key);
    const list = origins.get(id) ?? [];
    list.push(locator.locate(offset + (line.length - line.trimStart().length)));
    origins.set(id, list);
  }
  return {
    locate(profileName, key) {
      const direct = origins.get(originId(profileName, key));
      if (direct) return direct.at(-1);
      // A value that is an array or object becomes its own profile `<profile>.<key>`.
      const dots = [...profileName.matchAll(/\./g)].map((match) => match.index).reverse();
      for (const dot of [...dots, -1]) {
        const parent = dot === -1 ? "" : profileName.slice(0, dot);
        const lines = origins.get(originId(parent, profileName.slice(dot + 1)));
        if (lines) return lines[Number(key)] ?? lines.at(-1);
      }
      return undefined;
    },
  };
}

/** The lines `ini.decode` sees (`split(/[\r\n]+/)`), with their offsets. */
function* iniLines(text: string): Generator<{ line: string; offset: number }> {
  let start = 0;
  for (const match of text.matchAll(INI_LINE_BREAKS)) {
    yield { line: text.slice(start, match.index), offset: start };
    start = match.index + match[0].length;
  }
  yield { line: text.slice(start), offset: start };
}

/** The profile name a section ends up under: `ini` nests on unescaped dots, the SDK joins with `.`. */
function flattenedName(section: string): string {
  const parts = splitSections(section);
  const last = parts.pop()!;
  const unescaped = last.replace(/\\\./g, ".");
  const path = parts.filter((part) => part !== "__proto__");
  if (path.length === 0 && unescaped === last) return section;
  return [...path, unescaped].join(".");
}

/** `ini`'s `splitSections(str, '.')`: split on dots not preceded by a backslash. */
function splitSections(text: string): string[] {
  const sections: string[] = [];
  let lastSeparator = 0;
  for (let index = text.indexOf("."); index !== -1; index = text.indexOf(".", index + 1)) {
    if (index > 0 && text[index - 1] === "\\") continue;
    sections.push(text.slice(lastSeparator, index));
    lastSeparator = index + 1;
  }
  sections.push(text.slice(lastSeparator));
  return sections;
}

function originId(profile: string, key: string): string {
  return JSON.stringify([profile, key]);
}
