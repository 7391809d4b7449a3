import { redactSecrets } from "@dbcfg/pat";
import type { DiagnosticCode } from "./diagnostic-topics.js";

/** How bad a finding is: `error` = at least one SDK fails or misreads; `warning` = likely wrong; `info` = worth knowing. */
export type Severity = "error" | "warning" | "info";

/**
 * One problem found in a `.databrickscfg` file. `code` is a stable kebab-case id; `message` says
 * what, where and what to do, and never contains a secret value. `line`/`column` are 1-based.
 */
export interface Diagnostic {
  /** Stable; its topic is `diagnosticTopic(code)`. */
  code: DiagnosticCode;
  message: string;
  line: number;
  column: number;
  severity: Severity;
  profile?: string;
  key?: string;
}

/** Builds a diagnostic; message, profile and key pass through `redactSecrets`, whatever text went into them. */
export function diagnostic(
  code: DiagnosticCode,
  severity: Severity,
  message: string,
  line: number,
  column: number,
  where: { profile?: string | null; key?: string } = {},
): Diagnostic {
  const result: Diagnostic = { code, message: redactSecrets(message), line, column, severity };
  // A pasted secret can end up as a key or even a section name: those are redacted too.
  if (where.profile !== undefined && where.profile !== null) result.profile = redactSecrets(where.profile);
  if (where.key !== undefined) result.key = redactSecrets(where.key);
  return result;
}
