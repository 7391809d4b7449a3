import type { EntryLine } from "./config-line.js";

/**
 * The value as Go's ini.v1 reads it from one line (inline comment from " #"/" ;" dropped, one
 * pair of surrounding quotes removed): what the Databricks CLI and Terraform use, and so the
 * value the semantic checks judge. Syntax differences are reported separately.
 */
export function effectiveValue(line: EntryLine): string {
  const value = withoutInlineComment(line.value);
  return isSurroundedByQuote(value) ? value.slice(1, -1) : value;
}

/** `value` without Go's inline comment (from the first " #", else " ;"). */
export function withoutInlineComment(value: string): string {
  const comment = inlineCommentIndex(value);
  return comment >= 0 ? value.slice(0, comment).trim() : value;
}

/** Where Go's ini.v1 (`SpaceBeforeInlineComment`) starts an inline comment: the first " #", else the first " ;"; -1 if none. */
export function inlineCommentIndex(value: string): number {
  const hash = value.indexOf(" #");
  return hash >= 0 ? hash : value.indexOf(" ;");
}

/** Go's `hasSurroundedQuote` for ' or ": same quote at both ends and not inside. */
export function isSurroundedByQuote(value: string): boolean {
  if (value.length < 2) return false;
  const quote = value[0];
  if (quote !== '"' && quote !== "'") return false;
  return value[value.length - 1] === quote && value.indexOf(quote, 1) === value.length - 1;
}
