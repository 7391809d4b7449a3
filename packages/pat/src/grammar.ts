/**
 * Grammar G of a Databricks personal access token (documented in this package's README):
 * `dapi`, 32 lower-case hex characters, an optional `-<digit>` suffix, and no ASCII word
 * character directly before `dapi` or after the token.
 */
export const PAT_PREFIX = "dapi";
export const PAT_BODY_LENGTH = 32;

/** The grammar as a regular expression, for documentation and for callers that need one. */
export const PAT_PATTERN = /(?<![A-Za-z0-9_])dapi[0-9a-f]{32}(?:-[0-9](?![A-Za-z0-9_]))?(?![A-Za-z0-9_])/g;

export function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 95 // _
  );
}

export function isLowerHex(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 102);
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
