import { z } from "zod";
import { ATTRIBUTES, type AttributeType } from "./attributes.js";

/** Go's `strconv.ParseBool` spellings; anything else fails in Go. */
export const GO_BOOL_VALUES: readonly string[] = ["1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False"];
const GO_FALSE_VALUES = new Set(["0", "f", "F", "FALSE", "false", "False"]);

const valueSchemas: Record<AttributeType, z.ZodType<string>> = {
  string: z.string(),
  list: z.string(),
  bool: z.string().refine((v) => v === "" || GO_BOOL_VALUES.includes(v), {
    message: `must be one of ${GO_BOOL_VALUES.join(", ")} (Go's strconv.ParseBool fails on anything else)`,
  }),
  int: z.string().regex(/^$|^[+-]?\d+$/, { message: "must be a whole number (Go's strconv.Atoi fails on anything else)" }),
  float: z.string().regex(/^$|^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/, { message: "must be a number" }),
};

const shape: Record<string, z.ZodOptional<z.ZodType<string>>> = {};
// Where Go and Python type a shared key differently (http_timeout_seconds: int vs float), the
// stricter Go type wins, since a value must load in every SDK.
for (const attribute of ATTRIBUTES) {
  if (attribute.keys.go) shape[attribute.keys.go] = valueSchemas[attribute.type].optional();
  if (attribute.keys.python && !shape[attribute.keys.python]) {
    shape[attribute.keys.python] = valueSchemas[attribute.pythonType ?? attribute.type].optional();
  }
}

/**
 * The zod schema of one profile's raw values, derived from `ATTRIBUTES`: every key any SDK reads,
 * typed as the SDKs convert it (bool = Go `ParseBool` spellings, int = `Atoi`). Unknown keys pass
 * through; `findSemanticDiagnostics` reports them with a suggestion.
 */
export const profileSchema = z.looseObject(shape);

/** The inferred type of a profile's values as `profileSchema` checks them. */
export type ProfileValues = z.infer<typeof profileSchema>;

/** The schema of one known key's value, or undefined for an unknown key. */
export function valueSchemaFor(key: string): z.ZodType<string> | undefined {
  return shape[key]?.unwrap();
}

/** True for a bool spelling that Go reads as false but Python's `bool(str)` reads as true. */
export function isFalseForGoOnly(value: string): boolean {
  return GO_FALSE_VALUES.has(value);
}
