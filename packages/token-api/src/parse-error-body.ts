import { errorCodeForStatus, reasonPhrase } from "./error-code-for-status.js";
import { parseJsonLossless } from "./lossless-json.js";

/** What an error response says, whatever shape its body had. */
export interface ParsedErrorBody {
  errorCode: string;
  message: string;
  requestId?: string;
  /** `RetryInfo.retry_delay` from the details, in milliseconds. */
  retryDelayMs?: number;
}

/** The parts of an HTTP error response that {@link parseErrorBody} reads. */
export interface ErrorResponse {
  status: number;
  statusText: string;
  contentType: string;
  body: string;
}

/** Longest raw body quoted in a message; the rest is noise (HTML, stack traces). */
const MAX_RAW_MESSAGE = 300;
const CODE_COLON_MESSAGE = /^([A-Z][A-Z0-9_]*): (.*)$/s;
const PRE_BLOCK = /<pre>([\s\S]*?)<\/pre>/i;
const TITLE_BLOCK = /<title>([\s\S]*?)<\/title>/i;

/**
 * Reads any error body Databricks is known to send (reference §6.2), in the SDKs' order: empty;
 * JSON with a string or numeric `error_code`; API 1.2 `{"error"}`; SCIM `{detail, status,
 * scimType}`; `CODE: message` text; a Jetty HTML page with `<pre>`; anything else. Never throws.
 */
export function parseErrorBody(response: ErrorResponse): ParsedErrorBody {
  const { status, body } = response;
  const fallbackCode = errorCodeForStatus(status);
  const text = body.trim();
  if (text.length === 0) return { errorCode: fallbackCode, message: reasonPhrase(status, response.statusText) };

  const json = tryParseObject(text);
  if (json) return fromJson(json, status, response.statusText);

  const coded = CODE_COLON_MESSAGE.exec(text);
  if (coded) return { errorCode: coded[1]!, message: coded[2]!.trim() };

  if (/html/i.test(response.contentType) || /^<(?:!doctype|html|head|body)/i.test(text)) {
    return { errorCode: fallbackCode, message: fromHtml(text) ?? reasonPhrase(status, response.statusText) };
  }
  return { errorCode: fallbackCode, message: truncate(text) };
}

function fromJson(json: Record<string, unknown>, status: number, statusText: string): ParsedErrorBody {
  const details = readDetails(json.details);
  const scim = readScim(json);
  if (scim) return { ...scim, ...details };
  const errorCode = typeof json.error_code === "string" && json.error_code.length > 0 ? json.error_code : errorCodeForStatus(status);
  const message = nonEmptyString(json.message) ?? nonEmptyString(json.error) ?? nonEmptyString(json.error_description) ?? reasonPhrase(status, statusText);
  return { errorCode, message, ...details };
}

function readScim(json: Record<string, unknown>): Omit<ParsedErrorBody, "requestId"> | undefined {
  if (!("detail" in json) || !("status" in json) || "error_code" in json) return undefined;
  const detail = typeof json.detail === "string" ? json.detail : "";
  const scimType = typeof json.scimType === "string" ? json.scimType : "";
  const message = detail === "null" ? "SCIM API Internal Error" : `${scimType} ${detail}`.trim();
  return { errorCode: `SCIM_${String(json.status)}`, message: message || "SCIM API Internal Error" };
}

function readDetails(details: unknown): Pick<ParsedErrorBody, "requestId" | "retryDelayMs"> {
  const out: Pick<ParsedErrorBody, "requestId" | "retryDelayMs"> = {};
  if (!Array.isArray(details)) return out;
  for (const detail of details as unknown[]) {
    if (typeof detail !== "object" || detail === null) continue;
    const record = detail as Record<string, unknown>;
    const type = String(record["@type"] ?? "");
    if (type.endsWith("google.rpc.RequestInfo") && typeof record.request_id === "string" && record.request_id) {
      out.requestId = record.request_id;
    }
    if (type.endsWith("google.rpc.RetryInfo") && typeof record.retry_delay === "string") {
      const seconds = /^(\d+(?:\.\d+)?)s$/.exec(record.retry_delay);
      if (seconds) out.retryDelayMs = Math.ceil(Number(seconds[1]) * 1000);
    }
  }
  return out;
}

function fromHtml(html: string): string | undefined {
  const pre = PRE_BLOCK.exec(html)?.[1] ?? TITLE_BLOCK.exec(html)?.[1]?.replace(/^Error \d+\s*/, "");
  const text = pre === undefined ? undefined : decodeEntities(pre).replace(/\s+/g, " ").trim();
  return text ? truncate(text) : undefined;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

function tryParseObject(text: string): Record<string, unknown> | undefined {
  if (!text.startsWith("{")) return undefined;
  try {
    const value = parseJsonLossless(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === "string" && value.trim().length > 0 ? value.trim() : undefined;
}

function truncate(text: string): string {
  return text.length <= MAX_RAW_MESSAGE ? text : `${text.slice(0, MAX_RAW_MESSAGE)}… (${text.length - MAX_RAW_MESSAGE} more characters)`;
}
