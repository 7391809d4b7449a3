import { z } from "zod";
import { ApiError } from "../api-error.js";
import { classifyHttpError } from "../classify-error.js";
import { formatRoundTrip, type DebugOptions } from "../debug-log.js";
import { errorCodeForStatus } from "../error-code-for-status.js";
import type { SecretMasker } from "../secret-masker.js";
import { sendAttempt } from "../send-attempt.js";

/** One client-credentials request to an OAuth token endpoint. */
export interface AccessTokenRequest {
  fetch: typeof fetch;
  /** The token endpoint. */
  url: string;
  /** Form fields (`grant_type`, `scope`/`resource`, and `client_id`/`client_secret` for client_secret_post). */
  form: Record<string, string>;
  /** client_secret_basic: the client id and secret in an `Authorization: Basic` header (RFC 6749 §2.3.1). */
  basic?: { clientId: string; clientSecret: string };
  userAgent: string;
  timeoutMs: number;
  nowMs: number;
  mask: SecretMasker;
  debug?: DebugOptions;
  /** Words for the authority in messages: "the workspace's OIDC endpoint", "Microsoft Entra ID". */
  authority: string;
}

/** An access token and when it stops being valid (absent when the server did not say). */
export interface AccessToken {
  accessToken: string;
  expiresAtMs?: number;
}

// RFC 6749 §5.1: `expires_in` is a number; Entra ID's v1 endpoint sends it as a decimal string.
const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).optional(),
});

/** RFC 6749 §5.2 error body; Databricks' own `{error_code, message}` is read too. */
const oauthErrorSchema = z.object({
  error: z.string().optional(),
  error_description: z.string().optional(),
  error_code: z.string().optional(),
  message: z.string().optional(),
});

/** OAuth error codes that mean "these client credentials are not accepted". */
const REJECTED_CLIENT = new Set(["invalid_client", "unauthorized_client", "invalid_grant", "UNAUTHENTICATED"]);

/**
 * POSTs a client-credentials grant and returns the access token. Every failure is an
 * {@link ApiError}: a rejected client id or secret is `unauthenticated` with the server's OAuth
 * error and a sentence saying what to check; nothing in it or in the debug log holds the secret.
 */
export async function requestAccessToken(request: AccessTokenRequest): Promise<AccessToken> {
  const path = new URL(request.url).pathname;
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Content-Type": "application/x-www-form-urlencoded",
    "User-Agent": request.userAgent,
  };
  if (request.basic) {
    const pair = `${encodeURIComponent(request.basic.clientId)}:${encodeURIComponent(request.basic.clientSecret)}`;
    headers.Authorization = `Basic ${Buffer.from(pair).toString("base64")}`;
  }
  const raw = await sendAttempt({
    fetch: request.fetch,
    url: request.url,
    method: "POST",
    path,
    headers,
    body: new URLSearchParams(request.form).toString(),
    timeoutMs: request.timeoutMs,
    mask: request.mask,
  });
  if (request.debug) {
    const trip = { method: "POST", path, requestHeaders: headers, requestBody: request.form, status: raw.status, statusText: raw.statusText };
    request.debug.log(formatRoundTrip({ ...trip, responseHeaders: raw.headers, responseText: raw.text }, request.debug, request.mask));
  }
  const base = { method: "POST", path, status: raw.status, requestId: raw.headers.get("x-request-id") ?? undefined };
  if (raw.status < 200 || raw.status >= 300) throw tokenEndpointError(raw.status, raw.text, request, base);
  const parsed = tokenResponseSchema.safeParse(parseJson(raw.text));
  if (!parsed.success) {
    throw new ApiError({
      ...base,
      classification: "invalidResponse",
      errorCode: "UNEXPECTED_SHAPE",
      message: `${request.authority} answered ${raw.status} without an access_token: not an OAuth token response`,
    });
  }
  const expiresIn = parsed.data.expires_in;
  return {
    accessToken: parsed.data.access_token,
    ...(expiresIn === undefined ? {} : { expiresAtMs: request.nowMs + expiresIn * 1000 }),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function tokenEndpointError(
  status: number,
  text: string,
  request: AccessTokenRequest,
  base: { method: string; path: string; status: number; requestId?: string },
): ApiError {
  const body = oauthErrorSchema.safeParse(parseJson(text));
  const code = (body.success ? (body.data.error ?? body.data.error_code) : undefined) ?? errorCodeForStatus(status);
  const description = (body.success ? (body.data.error_description ?? body.data.message) : undefined) ?? "";
  const said = request.mask(`${code}${description ? `: ${firstLine(description)}` : ""}`);
  if (REJECTED_CLIENT.has(code) || status === 401) {
    return new ApiError({
      ...base,
      classification: "unauthenticated",
      errorCode: code,
      message: `${request.authority} rejected the client credentials (${said}): check the client id and that the secret is current and belongs to it`,
    });
  }
  return new ApiError({
    ...base,
    classification: classifyHttpError(status, code, description),
    errorCode: code,
    message: `${request.authority} refused the token request with ${status} (${said})`,
  });
}

/** Entra ID descriptions run over several lines (trace and correlation ids); the first says what happened. */
function firstLine(text: string): string {
  const line = text.split(/\r?\n/)[0]!.trim();
  return line.length <= 300 ? line : `${line.slice(0, 300)}…`;
}
