import type { AttributeType } from "./attributes.js";

/** Go's `strconv.ParseBool` spellings; anything else fails in Go. */
export const GO_BOOL_VALUES: readonly string[] = ["1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False"];
const GO_FALSE_VALUES = new Set(["0", "f", "F", "FALSE", "false", "False"]);

/** What a raw value of one attribute type must look like for every SDK to load it. */
export interface ValueRule {
  accepts(value: string): boolean;
  /** Completes "<value> of <key> …" when `accepts` is false. */
  readonly message: string;
}

/**
 * The value rules per attribute type, as plain functions: the diagnostics use them directly, and
 * the zod schema (`profile-schema.ts`) is built from them, so the two can never disagree — and
 * reading a file does not load zod.
 */
export const VALUE_RULES: Readonly<Record<AttributeType, ValueRule>> = {
  string: { accepts: () => true, message: "is invalid" },
  list: { accepts: () => true, message: "is invalid" },
  bool: {
    accepts: (v) => v === "" || GO_BOOL_VALUES.includes(v),
    message: `must be one of ${GO_BOOL_VALUES.join(", ")} (Go's strconv.ParseBool fails on anything else)`,
  },
  int: { accepts: (v) => /^$|^[+-]?\d+$/.test(v), message: "must be a whole number (Go's strconv.Atoi fails on anything else)" },
  float: { accepts: (v) => /^$|^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v), message: "must be a number" },
};

/** True for a bool spelling that Go reads as false but Python's `bool(str)` reads as true. */
export function isFalseForGoOnly(value: string): boolean {
  return GO_FALSE_VALUES.has(value);
}
