import { randomUUID } from "node:crypto";
import { authenticateClient, readClientCredentials } from "./client-credentials.js";
import { OAuthFailure } from "./oauth-failure.js";
import type { Principal } from "./principal.js";
import type { PublicRouteContext } from "./public-route.js";
import type { WorkspaceState } from "./workspace-state.js";

/** The Azure Databricks resource (application) id an Entra ID token must be issued for. */
export const AZURE_DATABRICKS_RESOURCE_ID = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d";

/**
 * Resources the local tenant knows: Azure Databricks, and the Azure management endpoints the SDKs
 * ask a second token for (`X-Databricks-Azure-SP-Management-Token`, sdk-js `config/Azure.js`).
 */
const KNOWN_RESOURCES = new Set([AZURE_DATABRICKS_RESOURCE_ID, "https://management.core.windows.net/", "https://management.azure.com/"]);

/** Entra ID access tokens live about an hour; the endpoint reports 3599 seconds. */
export const ENTRA_ACCESS_TOKEN_LIFETIME_SECONDS = 3599;

/** A client-credentials token granted by the local authority. */
export interface EntraGrant {
  readonly accessToken: string;
  readonly resource: string;
  readonly expiresIn: number;
  /** Epoch seconds (emulator clock). */
  readonly expiresOn: number;
  readonly notBefore: number;
}

/**
 * The Microsoft identity platform's client credentials grant for `tenant`
 * (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow):
 * v1 names the resource in `resource`, v2 as `<resource>/.default` in `scope`. Client secret by
 * HTTP Basic or form fields. Errors carry the AADSTS codes of
 * https://learn.microsoft.com/entra/identity-platform/reference-error-codes.
 */
export function grantEntraToken(context: PublicRouteContext, version: "v1" | "v2"): EntraGrant {
  const { state, authorization, body } = context;
  const tenant = context.params.tenant ?? "";
  if (tenant !== state.entraTenantId) {
    throw entraFailure(
      state,
      400,
      "invalid_request",
      90002,
      `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
    );
  }
  const request = readClientCredentials(authorization, body);
  const grantType = request.form.get("grant_type");
  if (grantType === null || grantType === "")
    throw entraFailure(state, 400, "invalid_request", 900144, "The request body must contain the following parameter: 'grant_type'.");
  if (grantType !== "client_credentials") throw entraFailure(state, 400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type.");
  const client = authenticateClient(state, request);
  if (!client.ok) {
    const clientId = request.clientId ?? "";
    if (client.reason === "no-client-id")
      throw entraFailure(state, 400, "invalid_request", 900144, "The request body must contain the following parameter: 'client_id'.");
    if (client.reason === "unknown-client") {
      throw entraFailure(
        state,
        400,
        "unauthorized_client",
        700016,
        `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
      );
    }
    if (client.reason === "no-secret-sent")
      throw entraFailure(
        state,
        401,
        "invalid_client",
        7000218,
        "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
      );
    throw entraFailure(
      state,
      401,
      "invalid_client",
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
    );
  }
  const resource = requestedResource(state, request.form, version, tenant);
  return issue(state, client.principal, resource, tenant);
}

function requestedResource(state: WorkspaceState, form: URLSearchParams, version: "v1" | "v2", tenant: string): string {
  const parameter = version === "v1" ? "resource" : "scope";
  const value = form.get(parameter);
  if (value === null || value.trim() === "") {
    throw entraFailure(state, 400, "invalid_request", 900144, `The request body must contain the following parameter: '${parameter}'.`);
  }
  let resource = value.trim();
  if (version === "v2") {
    if (!resource.endsWith("/.default")) {
      throw entraFailure(
        state,
        400,
        "invalid_scope",
        1002012,
        `The provided value for scope ${resource} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
      );
    }
    resource = resource.slice(0, -"/.default".length);
  }
  const known = [...KNOWN_RESOURCES].find((candidate) => candidate === resource || candidate === `${resource}/`);
  if (known === undefined) {
    throw entraFailure(
      state,
      400,
      "invalid_resource",
      500011,
      `The resource principal named ${resource} was not found in the tenant named ${tenant}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
    );
  }
  return known;
}

function issue(state: WorkspaceState, principal: Principal, resource: string, tenant: string): EntraGrant {
  const now = state.clock.now();
  const expiryTime = now + ENTRA_ACCESS_TOKEN_LIFETIME_SECONDS * 1000;
  const accessToken = state.accessTokens.issue(
    { principalId: principal.id, issuer: "entra-id", audience: resource, scopes: [], expiryTime },
    {
      aud: resource,
      iss: `https://sts.windows.net/${tenant}/`,
      appid: principal.userName,
      tid: tenant,
      iat: Math.floor(now / 1000),
      nbf: Math.floor(now / 1000),
      exp: Math.floor(expiryTime / 1000),
    },
  );
  return { accessToken, resource, expiresIn: ENTRA_ACCESS_TOKEN_LIFETIME_SECONDS, expiresOn: Math.floor(expiryTime / 1000), notBefore: Math.floor(now / 1000) };
}

/** An AADSTS error: `error_description` starts with `AADSTS<code>: ` and ends with the trace lines the service appends. */
function entraFailure(state: WorkspaceState, status: number, error: string, code: number, description: string): OAuthFailure {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const timestamp = new Date(state.clock.now())
    .toISOString()
    .replace("T", " ")
    .replace(/\.\d+Z$/, "Z");
  return new OAuthFailure(status, error, `AADSTS${code}: ${description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`, {
    error_codes: [code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `https://login.microsoftonline.com/error?code=${code}`,
  });
}
