import { redact, redactKnownSecrets } from "@dbcfg/pat";

/** Turns any text into text that is safe to show. */
export type SecretMasker = (text: string) => string;

/**
 * A masker that hides the client's own credential wherever it appears (even when it is not
 * PAT-shaped, e.g. a client secret or an OAuth access token; the list may grow after creation) and in any spelling a server may echo it — its bare 32-hex
 * body, upper case, split by a space — and then everything `redactSecrets` knows about.
 */
export function createSecretMasker(knownSecrets: readonly string[]): SecretMasker {
  // Read on every call: OAuth access tokens join the list as they are obtained.
  return (text) => {
    const secrets = knownSecrets.filter((secret) => secret.length > 0);
    let out = text;
    for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(redact(secret));
    return redactKnownSecrets(out, secrets);
  };
}
