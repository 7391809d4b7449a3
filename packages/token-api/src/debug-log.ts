import { isSecretFieldName, REDACTED, SECRET_FIELD_NAMES } from "@dbcfg/pat";
import { reasonPhrase } from "./error-code-for-status.js";
import { parseJsonLossless } from "./lossless-json.js";
import type { SecretMasker } from "./secret-masker.js";

/** Where debug lines go, and how much they show. */
export interface DebugOptions {
  /** Receives one multi-line string per round trip or retry decision; already redacted. */
  log: (text: string) => void;
  /** Also print request and response headers (credential headers are always redacted). */
  headers?: boolean;
  /** Longest string value shown in a JSON body (default 96, like the SDKs). */
  truncateChars?: number;
}

export interface RoundTrip {
  method: string;
  path: string;
  requestHeaders: Record<string, string>;
  requestBody?: unknown;
  status?: number;
  statusText?: string;
  responseHeaders?: Headers;
  responseText?: string;
  /** A transport failure instead of a response. */
  failure?: string;
}

/** Headers whose values are credentials; compared in lower case (HTTP header names are case-insensitive). */
const SECRET_HEADERS = new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "x-databricks-azure-sp-management-token",
  "x-databricks-gcp-sa-access-token",
]);
const MAX_TEXT_BODY = 1024;
const SECRET_FIELD_VALUE_TO_END = new RegExp(`("(?:${SECRET_FIELD_NAMES.join("|")})"\\s*:\\s*")[^"]*$`, "i");
const PARTIAL_PAT = /dapi[0-9a-f]{4,}/gi;
const DEFAULT_TRUNCATE = 96;

/**
 * Renders a round trip the way the SDKs' debug logs do (`GET /path`, `> * Header: value`,
 * `> body`, `< HTTP/1.1 200 OK`, `< body`), with credential headers and secret JSON fields
 * replaced, CR/LF removed from header values, and the whole text passed through `mask`.
 */
export function formatRoundTrip(trip: RoundTrip, options: DebugOptions, mask: SecretMasker): string {
  const truncate = options.truncateChars ?? DEFAULT_TRUNCATE;
  const lines = [`${trip.method} ${trip.path}`];
  if (options.headers) {
    for (const [name, value] of Object.entries(trip.requestHeaders)) lines.push(`> * ${name}: ${headerValue(name, value)}`);
  }
  if (trip.requestBody !== undefined) lines.push(`> ${renderJson(trip.requestBody, truncate)}`);
  if (trip.failure !== undefined) {
    lines.push(`< ${trip.failure}`);
  } else {
    lines.push(`< HTTP/1.1 ${trip.status ?? 0} ${reasonPhrase(trip.status ?? 0, trip.statusText ?? "")}`);
    if (options.headers && trip.responseHeaders) {
      for (const [name, value] of trip.responseHeaders) lines.push(`< * ${name}: ${headerValue(name, value)}`);
    }
    if (trip.responseText) lines.push(`< ${renderBody(trip.responseText, truncate)}`);
  }
  return mask(lines.join("\n"));
}

function headerValue(name: string, value: string): string {
  return SECRET_HEADERS.has(name.toLowerCase()) ? "REDACTED" : value.replace(/[\r\n]/g, "");
}

function renderBody(text: string, truncate: number): string {
  try {
    return renderJson(parseJsonLossless(text), truncate);
  } catch {
    const flat = maskUnterminatedSecrets(text.replace(/[\r\n]+/g, " "));
    return flat.length <= MAX_TEXT_BODY ? flat : `${flat.slice(0, MAX_TEXT_BODY)}... (${flat.length - MAX_TEXT_BODY} more bytes)`;
  }
}

/**
 * A body cut off inside `"token_value":"dapi12…` has no closing quote and no whole PAT, so no
 * field or token pattern matches it; mask the rest of such a value and any PAT-looking prefix.
 */
function maskUnterminatedSecrets(text: string): string {
  return text.replace(SECRET_FIELD_VALUE_TO_END, `$1${REDACTED}`).replace(PARTIAL_PAT, `dapi${REDACTED}`);
}

function renderJson(value: unknown, truncate: number): string {
  return JSON.stringify(redactJson(value, truncate), (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

/** A copy of a JSON value with secret fields replaced (any depth, names case-insensitive) and long strings cut. */
export function redactJson(value: unknown, truncate: number = DEFAULT_TRUNCATE): unknown {
  if (typeof value === "string") {
    return value.length <= truncate ? value : `${value.slice(0, truncate)}... (${value.length - truncate} more bytes)`;
  }
  if (Array.isArray(value)) return value.map((item) => redactJson(item, truncate));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const field = (value as Record<string, unknown>)[key];
    out[key] = isSecretFieldName(key) && field !== null && field !== "" ? REDACTED : redactJson(field, truncate);
  }
  return out;
}
