import type { Principal } from "./principal.js";
import { toTokenId } from "./token-value.js";
import type { WorkspaceState } from "./workspace-state.js";

/** How the client authenticated at a token endpoint (RFC 6749 §2.3.1). */
export type ClientAuthMethod = "client_secret_basic" | "client_secret_post" | "none";

/** A token request's form and the client credentials it carries. */
export interface ClientCredentialsRequest {
  readonly form: URLSearchParams;
  readonly method: ClientAuthMethod;
  readonly clientId: string | undefined;
  /** The secret as sent, and form-decoded (RFC 6749 §2.3.1 encodes both parts before Base64; not every client does). */
  readonly secretCandidates: readonly string[];
  /** Both HTTP Basic and form credentials were sent, which RFC 6749 §2.3 forbids. */
  readonly conflicting: boolean;
}

/**
 * Reads an `application/x-www-form-urlencoded` token request: the client id and secret from
 * `Authorization: Basic base64(id:secret)` (client_secret_basic — what the Go and JS SDKs send
 * for OAuth M2M) or from the `client_id` / `client_secret` form fields (client_secret_post).
 */
export function readClientCredentials(authorization: string | undefined, body: string): ClientCredentialsRequest {
  const form = new URLSearchParams(body);
  const basic = parseBasic(authorization);
  const postedSecret = form.get("client_secret");
  const postedId = form.get("client_id");
  if (basic !== undefined) {
    return {
      form,
      method: "client_secret_basic",
      clientId: basic.id,
      secretCandidates: candidates(basic.secret),
      conflicting: postedSecret !== null,
    };
  }
  if (postedSecret !== null) {
    return { form, method: "client_secret_post", clientId: postedId ?? undefined, secretCandidates: [postedSecret], conflicting: false };
  }
  return { form, method: "none", clientId: postedId ?? undefined, secretCandidates: [], conflicting: false };
}

/** Why client authentication failed, or the authenticated service principal. */
export type ClientAuthentication =
  { ok: true; principal: Principal } | { ok: false; reason: "no-client-id" | "unknown-client" | "no-secret-sent" | "wrong-secret" };

/** Matches the request's client id to a seeded service principal and checks its secret's hash. */
export function authenticateClient(state: WorkspaceState, request: ClientCredentialsRequest): ClientAuthentication {
  if (request.clientId === undefined || request.clientId === "") return { ok: false, reason: "no-client-id" };
  const principal = state.principals.find((candidate) => candidate.kind === "servicePrincipal" && candidate.userName === request.clientId);
  if (principal === undefined) return { ok: false, reason: "unknown-client" };
  if (request.secretCandidates.length === 0) return { ok: false, reason: "no-secret-sent" };
  const matches = principal.secretHash !== undefined && request.secretCandidates.some((secret) => toTokenId(secret) === principal.secretHash);
  return matches ? { ok: true, principal } : { ok: false, reason: "wrong-secret" };
}

function parseBasic(authorization: string | undefined): { id: string; secret: string } | undefined {
  const match = /^Basic[ ]+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? "");
  if (match?.[1] === undefined) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  return { id: formDecode(decoded.slice(0, colon)) ?? decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

function candidates(secret: string): string[] {
  const decoded = formDecode(secret);
  return decoded === undefined || decoded === secret ? [secret] : [secret, decoded];
}

function formDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, " "));
  } catch {
    return undefined;
  }
}
