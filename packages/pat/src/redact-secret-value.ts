import { redactSecrets } from "./redact-secrets.js";
import { redact } from "./redact.js";

/** After masking: the value starts with a masked PAT, with at most quotes and spaces before it. */
const TOKEN_FIRST = /^["'`\s]*dapi…/;

/**
 * The display form of a secret *value* as some reader sees it. When the value is a PAT with
 * quotes, spaces or a comment glued on (`"dapi…" ; rotated monday`: how Python reads an inline
 * comment), only the PAT is masked and the decoration stays visible — that decoration is usually
 * the very problem being shown. Anything else is masked whole with `redact`, since text before a
 * token could be part of another secret.
 */
export function redactSecretValue(value: string): string {
  const masked = redactSecrets(value);
  return masked !== value && TOKEN_FIRST.test(masked) ? masked : redact(value);
}
