import type { Dialect, Resolution } from "@dbcfg/unified-auth";
import { formatValue } from "./render-resolution.js";

/** One dialect's outcome: its (redacted) resolution, or the exact error text its SDK gives. */
export type DialectOutcome = { resolution: Resolution } | { error: { message: string } };

/** A field the SDKs resolve differently, with each dialect's reading (`(error)`/`(unset)` included). */
export interface Disagreement {
  field: string;
  values: Partial<Record<Dialect, string>>;
}

const SUMMARY_FIELDS = ["host", "authType", "profile", "configFile", "cloud", "hostType", "isAccount"] as const;

function readField(resolution: Resolution, field: string): string {
  if (field.startsWith("attributes.")) {
    const attribute = resolution.attributes[field.slice("attributes.".length)];
    return attribute === undefined ? "(unset)" : formatValue(attribute.value);
  }
  const value = (resolution as unknown as Record<string, unknown>)[field];
  return value === undefined ? "(unset)" : String(value);
}

/**
 * Where the dialects disagree: whether each resolves at all (one SDK failing where another
 * resolves is itself a disagreement, with its exact error), then — among those that resolve —
 * summary fields (host, auth type, profile, …) and every attribute any of them set.
 */
export function compareDialects(outcomes: Partial<Record<Dialect, DialectOutcome>>): Disagreement[] {
  const entries = Object.entries(outcomes) as [Dialect, DialectOutcome][];
  const disagreements: Disagreement[] = [];
  const outcomeValues: Partial<Record<Dialect, string>> = {};
  for (const [dialect, outcome] of entries) outcomeValues[dialect] = "error" in outcome ? `error: ${outcome.error.message}` : "resolved";
  if (new Set(Object.values(outcomeValues)).size > 1) disagreements.push({ field: "outcome", values: outcomeValues });

  const resolved = entries.flatMap(([d, o]) => ("resolution" in o ? [[d, o.resolution] as const] : []));
  const attributeNames = new Set(resolved.flatMap(([, r]) => Object.keys(r.attributes)));
  for (const field of [...SUMMARY_FIELDS, ...[...attributeNames].map((n) => `attributes.${n}`)]) {
    const values: Partial<Record<Dialect, string>> = {};
    for (const [dialect, resolution] of resolved) values[dialect] = readField(resolution, field);
    if (new Set(Object.values(values)).size > 1) disagreements.push({ field, values });
  }
  return disagreements;
}
