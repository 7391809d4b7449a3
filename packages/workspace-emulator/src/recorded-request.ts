import type { IncomingHttpHeaders } from "node:http";

/** One request as the emulator received it; secret headers are masked. */
export interface RecordedRequest {
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** Lower-case header names; `authorization` shows the scheme and at most 4 characters each side. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON body, the raw text when it is not JSON, or `undefined` when empty. */
  readonly body: unknown;
}

const SECRET_HEADERS = new Set(["authorization", "x-databricks-azure-sp-management-token", "x-databricks-gcp-sa-access-token"]);

/** Form fields that carry secrets in OAuth token requests (RFC 6749 §2.3.1, RFC 7523). */
const SECRET_FORM_FIELDS = ["client_secret", "client_assertion", "assertion", "refresh_token", "password"];

/** Builds the log entry for a request, masking credentials so the log is safe to print. */
export function recordRequest(method: string, url: URL, headers: IncomingHttpHeaders, rawBody: string): RecordedRequest {
  const flatHeaders: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(", ") : value;
    flatHeaders[name] = SECRET_HEADERS.has(name) ? maskCredential(text) : text;
  }
  return {
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: flatHeaders,
    body: parseBody(rawBody, headers["content-type"]),
  };
}

/**
 * `Bearer dapi…1a2b`: enough for a test to tell two tokens apart, never the secret. HTTP Basic
 * (an OAuth client id and secret) shows only the client id: `Basic <client-id>:…`. The emulator
 * must not depend on @dbcfg/pat (it checks that package's neighbours), so it masks on its own.
 */
function maskCredential(value: string): string {
  const [scheme, credential] = value.includes(" ") ? [value.slice(0, value.indexOf(" ")), value.slice(value.indexOf(" ") + 1).trim()] : ["", value];
  if (scheme.toLowerCase() === "basic") {
    const decoded = Buffer.from(credential, "base64").toString("utf8");
    return `${scheme} ${decoded.includes(":") ? decoded.slice(0, decoded.indexOf(":")) : ""}:…`;
  }
  const masked = credential.length >= 16 ? `${credential.slice(0, 4)}…${credential.slice(-4)}` : "…";
  return scheme === "" ? masked : `${scheme} ${masked}`;
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === "") return undefined;
  const isForm = contentType?.toLowerCase().startsWith("application/x-www-form-urlencoded") === true;
  if (isForm) return maskForm(raw);
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    // A token request sent with the wrong content type still must not put its secret in the log.
    const form = new URLSearchParams(raw);
    return SECRET_FORM_FIELDS.some((name) => form.has(name)) ? maskForm(raw) : raw;
  }
}

/** A form body as an object, secret fields replaced by `…` (token requests carry the client secret). */
function maskForm(raw: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(raw)) fields[name] = SECRET_FORM_FIELDS.includes(name) ? "…" : value;
  return fields;
}
