import { TokenApiArgumentError } from "../api-error.js";
import { isLoopbackUrl } from "@dbcfg/pat";
import { normalizeToken } from "../client-options.js";

/** A personal access token (or any bearer token the workspace accepts). */
export interface PatCredentials {
  authType: "pat";
  token: string;
}

/**
 * A Databricks service principal's OAuth secret: client credentials against the workspace's own
 * OIDC token endpoint (https://docs.databricks.com/aws/en/dev-tools/auth/oauth-m2m).
 */
export interface OAuthM2mCredentials {
  authType: "oauth-m2m";
  clientId: string;
  clientSecret: string;
}

/**
 * A Microsoft Entra ID service principal's client secret: client credentials against the Entra
 * authority of `tenantId` (https://learn.microsoft.com/azure/databricks/dev-tools/auth/azure-sp).
 */
export interface AzureClientSecretCredentials {
  authType: "azure-client-secret";
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** The Entra authority, default {@link DEFAULT_AZURE_AUTHORITY_URL}; injectable for sovereign clouds and tests. */
  authorityUrl?: string;
  /** The Azure Databricks application id the token is for, default {@link AZURE_DATABRICKS_RESOURCE_ID}. */
  resource?: string;
}

/** How a client authenticates. `token` alone in the options means `{authType: "pat", token}`. */
export type Credentials = PatCredentials | OAuthM2mCredentials | AzureClientSecretCredentials;

/** The auth types `createTokenClient` can authenticate with. */
export const SUPPORTED_AUTH_TYPES = ["pat", "oauth-m2m", "azure-client-secret"] as const;

/** The public Entra ID authority (databricks-sdk-go `config/azure.go`, `AzureActiveDirectoryEndpoint` of the public cloud). */
export const DEFAULT_AZURE_AUTHORITY_URL = "https://login.microsoftonline.com/";

/** The Azure Databricks first-party application id, the `resource` of an Entra token for a workspace. */
export const AZURE_DATABRICKS_RESOURCE_ID = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d";

/** Credentials with every field checked and trimmed; the authority always ends with `/`. */
export type CheckedCredentials = PatCredentials | OAuthM2mCredentials | (Required<AzureClientSecretCredentials> & { authType: "azure-client-secret" });

/** Checks the credential options (exactly one of `token` and `credentials`), without ever echoing a secret. */
export function checkCredentials(token: string | undefined, credentials: Credentials | undefined): CheckedCredentials {
  if (token !== undefined && credentials !== undefined) {
    throw new TokenApiArgumentError("give either token or credentials, not both");
  }
  if (credentials === undefined) return { authType: "pat", token: normalizeToken(token) };
  switch (credentials.authType) {
    case "pat":
      return { authType: "pat", token: normalizeToken(credentials.token) };
    case "oauth-m2m":
      return {
        authType: "oauth-m2m",
        clientId: requireText("credentials.clientId", credentials.clientId),
        clientSecret: requireSecret("credentials.clientSecret", credentials.clientSecret),
      };
    case "azure-client-secret":
      return {
        authType: "azure-client-secret",
        tenantId: requireText("credentials.tenantId", credentials.tenantId),
        clientId: requireText("credentials.clientId", credentials.clientId),
        clientSecret: requireSecret("credentials.clientSecret", credentials.clientSecret),
        authorityUrl: checkAuthorityUrl(credentials.authorityUrl ?? DEFAULT_AZURE_AUTHORITY_URL),
        resource: requireText("credentials.resource", credentials.resource ?? AZURE_DATABRICKS_RESOURCE_ID),
      };
    default:
      throw new TokenApiArgumentError(
        `credentials.authType ${JSON.stringify(String((credentials as { authType?: unknown }).authType).slice(0, 40))} is not supported; ` +
          `use one of ${SUPPORTED_AUTH_TYPES.join(", ")}`,
      );
  }
}

function requireText(name: string, value: unknown): string {
  const trimmed = typeof value === "string" ? value.trim() : "";
  if (trimmed === "") throw new TokenApiArgumentError(`${name} is required`);
  if (/[\r\n]/.test(trimmed)) throw new TokenApiArgumentError(`${name} contains a line break`);
  return trimmed;
}

function requireSecret(name: string, value: unknown): string {
  const trimmed = typeof value === "string" ? value.trim() : "";
  if (trimmed === "") throw new TokenApiArgumentError(`${name} is required`);
  if (/[\r\n]/.test(trimmed)) throw new TokenApiArgumentError(`${name} contains a line break; paste it again as one line`);
  return trimmed;
}

/** An https authority (or http on a loopback address, for a local test authority), ending with `/`. */
function checkAuthorityUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new TokenApiArgumentError(`credentials.authorityUrl ${JSON.stringify(raw.slice(0, 80))} is not a valid URL`);
  }
  if (url.username !== "" || url.password !== "") throw new TokenApiArgumentError("credentials.authorityUrl must not carry credentials");
  const plainLoopback = url.protocol === "http:" && isLoopbackUrl(url.href);
  if (url.protocol !== "https:" && !plainLoopback) {
    throw new TokenApiArgumentError(
      `credentials.authorityUrl ${JSON.stringify(url.origin)} must use https:// (http:// only on a loopback address), since the client secret is sent there`,
    );
  }
  const path = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}`;
}
