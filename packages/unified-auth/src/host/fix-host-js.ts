export type JsHostFix = { host: string } | { error: string };

/**
 * `Config.fixHost` of `@databricks/sdk-experimental`: prepend `https://` unless the host starts
 * with `http`, then `protocol//host` of a WHATWG `URL` — which lower-cases the host name and drops
 * default ports. A host the URL parser rejects throws `TypeError: Invalid URL` in the SDK.
 */
export function fixHostJs(raw: unknown): JsHostFix {
  if (typeof raw !== "string") return { error: "host.startsWith is not a function" };
  const withScheme = raw.startsWith("http") ? raw : `https://${raw}`;
  try {
    const parsed = new URL(withScheme);
    return { host: `${parsed.protocol}//${parsed.host}` };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
