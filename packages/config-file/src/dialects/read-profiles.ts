import { readGoProfiles } from "./read-go.js";
import { readJsProfiles } from "./read-js.js";
import { readPythonProfiles } from "./read-python.js";
import type { Dialect, DialectReadResult, DialectSource } from "./types.js";

/**
 * What one official SDK's config-file loader reads from `doc`: `{profiles, locations}`, or
 * `{error}` with the SDK parser's exact error text.
 * - `go`: gopkg.in/ini.v1 v1.67.0 with `SpaceBeforeInlineComment` (Go SDK, CLI, Terraform);
 * - `python`: CPython 3.11 `configparser.ConfigParser()` (`path` appears in its messages);
 * - `js`: the npm `ini` package plus the flattening of `@databricks/sdk-experimental` 0.17.0.
 * Never throws on any text (only on a dialect that is not one of the three).
 */
export function readProfiles(doc: DialectSource, dialect: Dialect): DialectReadResult {
  const text = doc.toString();
  // One document is often read by the same dialect several times (the doctor's profile view and
  // its divergence check): the result is kept per document object while its text is unchanged.
  const cached = recent.get(doc)?.get(dialect);
  if (cached !== undefined && cached.text === text) return cached.result;
  const result = readUncached(text, doc.path, dialect);
  let byDialect = recent.get(doc);
  if (byDialect === undefined) recent.set(doc, (byDialect = new Map()));
  byDialect.set(dialect, { text, result });
  return result;
}

const recent = new WeakMap<DialectSource, Map<Dialect, { text: string; result: DialectReadResult }>>();

function readUncached(text: string, path: string | undefined, dialect: Dialect): DialectReadResult {
  switch (dialect) {
    case "go":
      return readGoProfiles(text);
    case "python":
      return readPythonProfiles(text, path);
    case "js":
      return readJsProfiles(text);
    default:
      throw new TypeError(`readProfiles: unknown dialect ${JSON.stringify(dialect satisfies never)}; expected "go", "python" or "js"`);
  }
}
