import { isSecretFieldName, redactSecretValue, redactSecrets } from "@dbcfg/pat";
import { DIALECT_NAMES as NAMES, joinNames } from "./dialect-names.js";
import { explainDivergence } from "./divergence-reasons.js";
import { LineLocator } from "./line-locator.js";
import { readProfiles } from "./read-profiles.js";
import { DIALECTS, type Dialect, type DialectProfiles, type DialectReadResult, type DialectSource, type KeyLocation } from "./types.js";

/** One key (or the whole file) that the SDKs' config-file readers read differently. */
export interface Divergence {
  /** The profile (section) name; `""` for a whole-file entry. */
  profile: string;
  /** The key as the dialects that see it spell it; `""` for a whole-file entry. */
  key: string;
  /** What each dialect reads; absent = that dialect does not see the key. Secrets are redacted. */
  values: Partial<Record<Dialect, string>>;
  /** Why, in plain words (e.g. "Go strips the inline comment ' # x'; Python keeps it …"). */
  reason: string;
  /** Where the key (or the parse error) is in the file. */
  location?: KeyLocation;
  /** Whole-file entries: each failing dialect's parser error, redacted. */
  errors?: Partial<Record<Dialect, string>>;
}

/**
 * Every place where the Go, Python and JS SDKs would read `doc` differently: one entry per
 * `(profile, key)` whose value differs or that only some dialects see, plus one whole-file entry
 * when some dialects cannot parse the file at all while others can. Values of secret keys
 * (token, password, client_secret, …) are shown only as `redactSecretValue()` gives them.
 */
export function divergences(doc: DialectSource): Divergence[] {
  const text = doc.toString();
  const results = Object.fromEntries(DIALECTS.map((d) => [d, readProfiles(doc, d)])) as Record<Dialect, DialectReadResult>;
  const read = DIALECTS.filter((d) => !("error" in results[d]));
  const failed = DIALECTS.filter((d) => "error" in results[d]);
  const found: Divergence[] = [];
  if (failed.length > 0 && read.length > 0) found.push(wholeFileDivergence(results, read, failed));
  if (read.length > 1)
    found.push(
      ...keyDivergences(
        text,
        read.map((d) => [d, results[d] as DialectProfiles] as const),
      ),
    );
  return found;
}

function wholeFileDivergence(results: Record<Dialect, DialectReadResult>, read: Dialect[], failed: Dialect[]): Divergence {
  const errors: Partial<Record<Dialect, string>> = {};
  let location: KeyLocation | undefined;
  for (const dialect of failed) {
    const result = results[dialect] as { error: string; location?: KeyLocation };
    errors[dialect] = redactSecrets(result.error);
    location ??= result.location;
  }
  // Quoted: a parser's error can end in the line it could not read, which a later redaction pass
  // (the CLI redacts every message it prints) takes to run to the next quote or line break.
  const failures = failed.map((d) => `${NAMES[d]} cannot parse this file: ${JSON.stringify(firstLine(errors[d]!))}`).join("; ");
  const reason = `${failures}; ${joinNames(read.map((d) => NAMES[d]))} ${read.length === 1 ? "reads" : "read"} it, so the SDKs disagree on every profile.`;
  return location ? { profile: "", key: "", values: {}, reason, location, errors } : { profile: "", key: "", values: {}, reason, errors };
}

function keyDivergences(text: string, read: ReadonlyArray<readonly [Dialect, DialectProfiles]>): Divergence[] {
  const locator = new LineLocator(text);
  const firstHeaderLine = findFirstHeaderLine(locator);
  const hasLoneCarriageReturn = /\r(?!\n)/.test(text);
  const bomHeader = text.startsWith("\ufeff") ? /^\s*\[(.*)\]/.exec(locator.lineText(1).slice(1))?.[1] : undefined;
  const found: Divergence[] = [];
  for (const { profile, key } of unionOfKeys(read)) {
    const values: Partial<Record<Dialect, string>> = {};
    let location: KeyLocation | undefined;
    for (const [dialect, result] of read) {
      const value = result.profiles[profile]?.[key];
      if (value === undefined) continue;
      values[dialect] = value;
      location ??= result.locations[profile]?.[key];
    }
    const seen = Object.values(values);
    if (seen.length === read.length && seen.every((value) => value === seen[0])) continue;
    const sensitive = isSecretFieldName(key);
    const jsResult = read.find(([d]) => d === "js")?.[1];
    const reason = explainDivergence({
      profile,
      key,
      values,
      line: location ? locator.lineText(location.line) : "",
      sensitive,
      jsTyped: jsResult?.typedValues?.[profile]?.[key] !== undefined,
      beforeFirstSection: profile === "DEFAULT" && location !== undefined && location.line < firstHeaderLine,
      headerAfterBom: bomHeader === profile,
      hasLoneCarriageReturn,
      dialects: read.map(([d]) => d),
    });
    const shown = Object.fromEntries(Object.entries(values).map(([d, value]) => [d, sensitive ? redactSecretValue(value) : redactSecrets(value)])) as Partial<
      Record<Dialect, string>
    >;
    const divergence: Divergence = { profile, key, values: shown, reason: redactSecrets(reason) };
    if (location) divergence.location = location;
    found.push(divergence);
  }
  return found;
}

/** Every `(profile, key)` any dialect reads, in the order the dialects meet them. */
function unionOfKeys(read: ReadonlyArray<readonly [Dialect, DialectProfiles]>): Array<{ profile: string; key: string }> {
  const seen = new Set<string>();
  const keys: Array<{ profile: string; key: string }> = [];
  for (const [, result] of read) {
    for (const profile of Object.keys(result.profiles)) {
      for (const key of Object.keys(result.profiles[profile]!)) {
        const id = JSON.stringify([profile, key]);
        if (seen.has(id)) continue;
        seen.add(id);
        keys.push({ profile, key });
      }
    }
  }
  return keys;
}

function findFirstHeaderLine(locator: LineLocator): number {
  for (let line = 1; line <= locator.lineCount; line++) if (/^\s*\[/.test(locator.lineText(line))) return line;
  return Number.POSITIVE_INFINITY;
}

function firstLine(message: string): string {
  const [first = ""] = message.split("\n");
  return first.length > 0 ? first : message.trim();
}
