import { jsonResponse, type EmulatorResponse } from "./emulator-response.js";

/**
 * A token-endpoint failure in the RFC 6749 §5.2 shape, `{"error": …, "error_description": …}`
 * (https://www.rfc-editor.org/rfc/rfc6749#section-5.2), plus any provider-specific fields
 * (Entra ID adds `error_codes`, `timestamp`, `trace_id`, `correlation_id`, `error_uri`).
 */
export class OAuthFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
    readonly extra: Readonly<Record<string, unknown>> = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(description);
    this.name = "OAuthFailure";
  }
}

export function renderOAuthFailure(failure: OAuthFailure): EmulatorResponse {
  return jsonResponse(failure.status, { error: failure.error, error_description: failure.description, ...failure.extra }, { ...failure.headers });
}
