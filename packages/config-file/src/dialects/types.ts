/** The `.databrickscfg` readers of the three official SDKs. */
export type Dialect = "go" | "python" | "js";

export const DIALECTS: readonly Dialect[] = ["go", "python", "js"];

/**
 * Where a key stands in the file (1-based line and column of the key's first character). Lines
 * end at `\n`, `\r\n` or a lone `\r`, as in editors; a leading UTF-8 BOM takes no column.
 */
export interface KeyLocation {
  line: number;
  column: number;
}

/**
 * What one SDK's loader sees in a file. `profiles` maps section name → key → raw value, in file
 * order, with no DEFAULT inheritance (neither SDK applies it):
 * - go: gopkg.in/ini.v1 with `SpaceBeforeInlineComment`; every section incl. `DEFAULT` (always
 *   present, possibly empty; keys before any section land there);
 * - python: configparser defaults; every section of `_sections`, plus `DEFAULT` = `defaults()`
 *   (always present, possibly empty);
 * - js: the npm `ini` package as `@databricks/sdk-experimental` uses it (dotted sections flattened).
 * `locations` mirrors `profiles` with where each key's value came from (the line that won).
 */
export interface DialectProfiles {
  profiles: Record<string, Record<string, string>>;
  locations: Record<string, Record<string, KeyLocation>>;
  /**
   * js only: keys whose value the `ini` package turned into a boolean or a number (`key` with no
   * `=` → `true`, `x = false` → `false`, `x = '1'` → `1`). `profiles` holds `String(value)`; the
   * SDK assigns the non-string value itself.
   */
  typedValues?: Record<string, Record<string, boolean | number>>;
}

/**
 * `{error}` carries the exact text the SDK's parser fails with (e.g. ini.v1's `key-value delimiter
 * not found: …`). It quotes file content, so it may hold a secret: pass it through
 * `redactSecrets` before showing it. `location` is the line the parser stopped at, when known.
 */
export type DialectReadResult = DialectProfiles | { error: string; location?: KeyLocation };

/** What the readers need of a document: its exact text and, for messages, its path. */
export interface DialectSource {
  toString(): string;
  path?: string;
}
