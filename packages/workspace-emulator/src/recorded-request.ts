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
    body: parseBody(rawBody),
  };
}

/**
 * `Bearer dapi…1a2b`: enough for a test to tell two tokens apart, never the secret. The emulator
 * must not depend on @dbcfg/pat (it checks that package's neighbours), so it masks on its own.
 */
function maskCredential(value: string): string {
  const [scheme, credential] = value.includes(" ") ? [value.slice(0, value.indexOf(" ")), value.slice(value.indexOf(" ") + 1).trim()] : ["", value];
  const masked = credential.length >= 16 ? `${credential.slice(0, 4)}…${credential.slice(-4)}` : "…";
  return scheme === "" ? masked : `${scheme} ${masked}`;
}

function parseBody(raw: string): unknown {
  if (raw === "") return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}
