/** Longest credential `configure` stores: 8 KiB. PATs are 36–38 characters, Entra ID/OAuth JWTs a few KB. */
export const MAX_TOKEN_LENGTH = 8 * 1024;

/** Characters of a bearer token (RFC 6750 §2.1 `b64token`: `1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="`). */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
/** `DATABRICKS_TOKEN=…`, `export TOKEN=…`, `token = …`, `token: …`: a pasted line, not a value. */
const ASSIGNMENT = /^(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*\s*[=:]/;

/**
 * Why `token` cannot be a bearer token at all, or undefined when it can. The reason never quotes
 * the input: a refused paste often still holds a real secret.
 */
export function whyNotAToken(token: string): string | undefined {
  if (token.length > MAX_TOKEN_LENGTH)
    return `it is ${token.length} characters long, over the ${MAX_TOKEN_LENGTH}-character cap for a token; paste only the token.`;
  if (ASSIGNMENT.test(token)) return 'it looks like a whole "NAME=value" line (e.g. DATABRICKS_TOKEN=dapi…); paste only the value after "=".';
  if (!B64TOKEN.test(token))
    return "it holds characters no bearer token has (RFC 6750 allows letters, digits and -._~+/ with = at the end); paste only the token.";
  return undefined;
}
