import { redactSecrets } from "./redact-secrets.js";
import { redact } from "./redact.js";

/** After masking: the value starts with a masked PAT, with at most quotes and spaces before it. */
const TOKEN_FIRST = /^["'`\s]*dapi…/;
/** What `redact` itself returns: `***`, `…1a2b`, `dapi…1a2b`. */
const REDACT_OUTPUT = /^(?:\*\*\*|(?:dapi|dose|doau)?….{4})$/u;

/**
 * The display form of a secret *value* as some reader sees it. When the value is a PAT with
 * quotes, spaces or a comment glued on (`"dapi…" ; rotated monday`: how Python reads an inline
 * comment), only the PAT is masked and the decoration stays visible — that decoration is usually
 * the very problem being shown. Anything else is masked whole with `redact`, since text before a
 * token could be part of another secret. Idempotent: an already masked value comes back as it is.
 */
export function redactSecretValue(value: string): string {
  if (REDACT_OUTPUT.test(value)) return value;
  const masked = redactSecrets(value);
  return TOKEN_FIRST.test(masked) ? masked : redact(value);
}
