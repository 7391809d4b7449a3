import type { z } from "zod";
import { ApiError } from "./api-error.js";
import { classifyHttpError } from "./classify-error.js";
import { parseJsonLossless } from "./lossless-json.js";
import { parseErrorBody } from "./parse-error-body.js";
import type { RawResponse } from "./raw-response.js";
import { parseRetryAfter } from "./retry-policy.js";
import type { SecretMasker } from "./secret-masker.js";

export interface ResponseContext {
  method: string;
  path: string;
  nowMs: number;
  mask: SecretMasker;
}

const LOGIN_PATH = /\/login(?:\.html)?(?:[/?#]|$)/;
const LOGIN_PAGE_MESSAGE =
  "the workspace answered with an HTML login page instead of JSON: the request was redirected (Private Link, SSO or a proxy); check that the host is the workspace URL and reachable from this network";

/**
 * Turns a response into the validated result, or throws an {@link ApiError}: error statuses are
 * parsed (every §6.2 body shape) and classified; a 2xx HTML page or a redirect to `/login` is a
 * `loginPage`; a 2xx body that is not JSON or not the documented shape is `invalidResponse`.
 */
export function readResponse<T>(response: RawResponse, schema: z.ZodType<T>, context: ResponseContext): T {
  const requestId = response.headers.get("x-request-id") ?? undefined;
  const base = { method: context.method, path: context.path, status: response.status, requestId };
  if (response.status >= 300 && response.status < 400) throw redirectError(response, base, context.mask);
  if (response.status < 200 || response.status >= 300) throw httpError(response, context);

  const contentType = response.headers.get("content-type") ?? "";
  if (/text\/html/i.test(contentType) || LOGIN_PATH.test(safePath(response.url)) || /^\s*<(?:!doctype|html)/i.test(response.text)) {
    throw new ApiError({ ...base, classification: "loginPage", errorCode: "LOGIN_PAGE", message: LOGIN_PAGE_MESSAGE });
  }
  let json: unknown;
  try {
    json = response.text.trim() === "" ? {} : parseJsonLossless(response.text);
  } catch (error) {
    // Neither the body nor V8's message (which quotes the body) goes into the error: a create
    // response cut off mid-`token_value` would leak part of a new secret past every redactor.
    throw new ApiError({
      ...base,
      classification: "invalidResponse",
      errorCode: "INVALID_JSON",
      message: context.mask(
        `response body is not valid JSON (cut off or malformed${jsonErrorPosition(error)}; ${response.text.length} characters, content type "${contentType}")`,
      ),
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(body)"}: ${issue.message}`).join("; ");
    throw new ApiError({
      ...base,
      classification: "invalidResponse",
      errorCode: "UNEXPECTED_SHAPE",
      message: context.mask(`response does not have the documented shape: ${problems}`),
    });
  }
  return parsed.data;
}

function httpError(response: RawResponse, context: ResponseContext): ApiError {
  const parsed = parseErrorBody({
    status: response.status,
    statusText: response.statusText,
    contentType: response.headers.get("content-type") ?? "",
    body: response.text,
  });
  const message = context.mask(parsed.message);
  return new ApiError({
    method: context.method,
    path: context.path,
    status: response.status,
    errorCode: parsed.errorCode,
    message,
    requestId: parsed.requestId ?? response.headers.get("x-request-id") ?? /\[ReqId: ([^\]\s]+)\]/.exec(parsed.message)?.[1],
    classification: classifyHttpError(response.status, parsed.errorCode, parsed.message),
    retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), context.nowMs) ?? parsed.retryDelayMs,
  });
}

function redirectError(response: RawResponse, base: { method: string; path: string; status: number; requestId?: string }, mask: SecretMasker): ApiError {
  const location = response.headers.get("location") ?? "";
  if (LOGIN_PATH.test(safePath(location, response.url))) {
    return new ApiError({ ...base, classification: "loginPage", errorCode: "LOGIN_PAGE", message: LOGIN_PAGE_MESSAGE });
  }
  return new ApiError({
    ...base,
    classification: "invalidResponse",
    errorCode: "UNEXPECTED_REDIRECT",
    message: mask(`the workspace redirected the request (HTTP ${response.status}) to ${safePath(location, response.url) || "nowhere"}; check the host`),
  });
}

/** Path and query of a URL without userinfo, or "" when it cannot be read. */
function safePath(url: string, base?: string): string {
  try {
    const parsed = new URL(url, base || "http://localhost/");
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return "";
  }
}

function jsonErrorPosition(error: unknown): string {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
  return position === undefined ? "" : ` at character ${position}`;
}
