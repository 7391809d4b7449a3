import { redactSecrets } from "@dbcfg/pat";

/** The message of anything thrown, redacted, without a stack: what a person reads after "Error:". */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return redactSecrets(message);
}
