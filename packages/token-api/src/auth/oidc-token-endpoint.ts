import { z } from "zod";
import { ApiError } from "../api-error.js";
import type { SecretMasker } from "../secret-masker.js";
import { sendAttempt } from "../send-attempt.js";

/** Where a workspace publishes its OAuth server metadata (RFC 8414), as the SDKs read it. */
export const OIDC_DISCOVERY_PATH = "/oidc/.well-known/oauth-authorization-server";
/** The workspace token endpoint when discovery gives none (https://docs.databricks.com/aws/en/dev-tools/auth/oauth-m2m). */
export const OIDC_TOKEN_PATH = "/oidc/v1/token";

const discoverySchema = z.object({ token_endpoint: z.string().min(1) });

export interface DiscoveryRequest {
  fetch: typeof fetch;
  host: string;
  userAgent: string;
  timeoutMs: number;
  mask: SecretMasker;
}

/**
 * The workspace's token endpoint: `token_endpoint` of the discovery document, else
 * `<host>/oidc/v1/token`. The client secret is only ever sent to the workspace itself, so a
 * document naming a token endpoint on another origin (a compromised or misrouted answer) is
 * refused rather than followed. Transport failures propagate (the token request would fail the same way).
 */
export async function findOidcTokenEndpoint(request: DiscoveryRequest): Promise<string> {
  const raw = await sendAttempt({
    fetch: request.fetch,
    url: request.host + OIDC_DISCOVERY_PATH,
    method: "GET",
    path: OIDC_DISCOVERY_PATH,
    headers: { Accept: "application/json", "User-Agent": request.userAgent },
    timeoutMs: request.timeoutMs,
    mask: request.mask,
  });
  const fallback = request.host + OIDC_TOKEN_PATH;
  if (raw.status !== 200) return fallback;
  let document: unknown;
  try {
    document = JSON.parse(raw.text);
  } catch {
    return fallback;
  }
  const parsed = discoverySchema.safeParse(document);
  if (!parsed.success) return fallback;
  let endpoint: URL;
  try {
    endpoint = new URL(parsed.data.token_endpoint, request.host);
  } catch {
    return fallback;
  }
  if (endpoint.origin !== request.host) {
    throw new ApiError({
      classification: "invalidResponse",
      errorCode: "FOREIGN_TOKEN_ENDPOINT",
      method: "GET",
      path: OIDC_DISCOVERY_PATH,
      status: raw.status,
      message: request.mask(
        `the workspace's OIDC discovery document names a token endpoint on another origin (${endpoint.origin}); ` +
          `refusing to send the client secret there. Only ${request.host} itself is trusted: check the host and any proxy in between`,
      ),
    });
  }
  return endpoint.href;
}
