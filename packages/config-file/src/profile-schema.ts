import { z } from "zod";
import type { AttributeType } from "./attributes.js";
import { VALUE_RULES } from "./value-rules.js";
import { knownKeyTypes } from "./value-type.js";

function schemaFor(type: AttributeType): z.ZodType<string> {
  const rule = VALUE_RULES[type];
  return z.string().refine((v) => rule.accepts(v), { message: rule.message });
}

const shape: Record<string, z.ZodOptional<z.ZodType<string>>> = {};
for (const [key, type] of knownKeyTypes()) shape[key] = schemaFor(type).optional();

/**
 * The zod schema of one profile's raw values, derived from `ATTRIBUTES` and the value rules:
 * every key any SDK reads, typed as the SDKs convert it (bool = Go `ParseBool` spellings,
 * int = `Atoi`). Unknown keys pass through; `findSemanticDiagnostics` reports them with a
 * suggestion.
 */
export const profileSchema = z.looseObject(shape);

/** The inferred type of a profile's values as `profileSchema` checks them. */
export type ProfileValues = z.infer<typeof profileSchema>;

/** The schema of one known key's value, or undefined for an unknown key. */
export function valueSchemaFor(key: string): z.ZodType<string> | undefined {
  return shape[key]?.unwrap();
}
