import type { AttributeType } from "@dbcfg/config-file";
import type { AttributeValue, Dialect } from "./types.js";

export type Converted = { value: AttributeValue } | { error: string };

const GO_BOOLS: Record<string, boolean> = {
  "1": true,
  t: true,
  T: true,
  TRUE: true,
  true: true,
  True: true,
  "0": false,
  f: false,
  F: false,
  FALSE: false,
  false: false,
  False: false,
};
const GO_INT_MAX = 2n ** 63n - 1n;

/** Python's `repr` of a str, as it appears in ValueError messages. */
function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  const escaped = s.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t").replace(/\r/g, "\\r");
  return `${quote}${quote === "'" ? escaped.replace(/'/g, "\\'") : escaped}${quote}`;
}

/** Go `strconv` conversion as `SetS` does it. */
function fromGo(raw: string, type: AttributeType): Converted {
  switch (type) {
    case "bool": {
      const parsed = GO_BOOLS[raw];
      return parsed === undefined ? { error: `strconv.ParseBool: parsing ${JSON.stringify(raw)}: invalid syntax` } : { value: parsed };
    }
    case "int":
    case "float": {
      if (!/^[+-]?\d+$/.test(raw)) return { error: `strconv.Atoi: parsing ${JSON.stringify(raw)}: invalid syntax` };
      const big = BigInt(raw);
      if (big > GO_INT_MAX || big < -GO_INT_MAX - 1n) return { error: `strconv.Atoi: parsing ${JSON.stringify(raw)}: value out of range` };
      return { value: Number(big) };
    }
    case "list":
      return { value: splitGoList(raw) };
    default:
      return { value: raw };
  }
}

/** Python applies the annotation type as the transform: `bool("false")` is True, `int("x")` raises. */
function fromPython(raw: string, type: AttributeType): Converted {
  switch (type) {
    case "bool":
      return { value: raw !== "" };
    case "int":
      if (!/^\s*[+-]?\d+(?:_\d+)*\s*$/.test(raw)) return { error: `invalid literal for int() with base 10: ${pyRepr(raw)}` };
      return { value: Number(raw.trim().replace(/_/g, "")) };
    case "float": {
      const trimmed = raw.trim();
      if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(trimmed) && !/^[+-]?(?:inf|infinity|nan)$/i.test(trimmed)) {
        return { error: `could not convert string to float: ${pyRepr(raw)}` };
      }
      return { value: Number(trimmed) };
    }
    case "list":
      return { value: parsePythonScopes(raw) };
    default:
      return { value: raw };
  }
}

/** Go `[]string` from text: split on `,`, trim items, drop empties. */
export function splitGoList(raw: string): string[] {
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Python `_parse_scopes`: split on `[, ]+`, drop empties, sorted and de-duplicated. */
export function parsePythonScopes(raw: string | readonly string[]): string[] {
  const items = typeof raw === "string" ? raw.split(/[, ]+/) : [...raw];
  return [...new Set(items.filter((s) => s !== ""))].sort();
}

/** Convert a text value (env var or file) the way `dialect` does; JS keeps every value as text. */
export function convertText(dialect: Dialect, raw: string, type: AttributeType): Converted {
  if (dialect === "js") return { value: raw };
  return dialect === "go" ? fromGo(raw, type) : fromPython(raw, type);
}
