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
  // Only Python's messages name the path; the Go and JS readings depend on the text alone.
  // Keyed by the text itself (V8 hashes a string once and keeps the hash), never by a fresh
  // concatenation with it: that would copy and re-hash the whole file (11 MB for 100k profiles)
  // on every call.
  const key = `${dialect}\u0000${dialect === "python" ? (doc.path ?? "") : ""}`;
  let byDialect = recent.get(text);
  const cached = byDialect?.get(key);
  if (cached) return cached;
  const result = readUncached(text, doc.path, dialect);
  if (!byDialect) {
    if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
    byDialect = new Map();
    recent.set(text, byDialect);
  }
  byDialect.set(key, result);
  return result;
}

/**
 * Recent readings by dialect and text (and path, for Python): a caller that reads one file
 * several times — the doctor's profile view, its divergence check and `@dbcfg/unified-auth`
 * resolving it per SDK and per question — parses it once per dialect. Results are shared: treat
 * them as read-only.
 */
const recent = new Map<string, Map<string, DialectReadResult>>();
const RECENT_LIMIT = 12;

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
