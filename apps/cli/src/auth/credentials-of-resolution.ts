import { ENVIRONMENTS, secretValue, type ProbeResult, type Resolution } from "@dbcfg/unified-auth";
import type { AttributeValues, Credentials } from "@dbcfg/token-api";

/** The attribute holding each supported auth type's secret (where "the token came from"). */
export const CREDENTIAL_ATTRIBUTE: Readonly<Record<Credentials["authType"], string>> = {
  pat: "token",
  "oauth-m2m": "client_secret",
  "azure-client-secret": "azure_client_secret",
};

/**
 * Points the Entra ID client-secret flow at another authority (a local test authority, or a
 * private endpoint). The SDKs have no such setting — `azure_environment`/`ARM_ENVIRONMENT` only
 * choose between the public, US Government and China clouds — so this is dbcfg's own variable;
 * the URL must be https:// (or http:// on a loopback address).
 */
export const ENV_AZURE_AUTHORITY_URL = "DBCFG_AZURE_AUTHORITY_URL";

/** The auth types dbcfg can call a workspace with: a PAT, or a service principal's secret it exchanges for a token. */
export function isUsableAuthType(authType: string | undefined): authType is Credentials["authType"] {
  return authType !== undefined && Object.hasOwn(CREDENTIAL_ATTRIBUTE, authType);
}

/** A service principal's secret that dbcfg exchanges for an access token (OAuth M2M, Entra ID). */
export function isServicePrincipalAuthType(authType: string | undefined): boolean {
  return authType !== "pat" && isUsableAuthType(authType);
}

/**
 * The `tokenExchange` probe for resolution: the auth types dbcfg can exchange are taken as
 * configured (the exchange itself runs on the first API call and fails there with the OAuth
 * error), so the SDKs' order decides which one a profile uses; others fail as without a network.
 */
export async function optimisticTokenExchange(probe: { authType: string }): Promise<ProbeResult> {
  return isServicePrincipalAuthType(probe.authType) ? { ok: true } : { ok: false, message: "fetch failed" };
}

/** Credentials for `@dbcfg/token-api` from a resolution; rejects (naming it) an auth type dbcfg cannot use. */
export async function credentialsOfResolution(resolution: Resolution, env: Readonly<Record<string, string | undefined>>): Promise<Credentials> {
  const { credentialsFromAttributes } = await import("@dbcfg/token-api");
  const attributes: Record<string, string | undefined> = {};
  for (const [name, attribute] of Object.entries(resolution.attributes)) {
    const raw = attribute.sensitive ? secretValue(resolution, name) : attribute.value;
    if (typeof raw === "string") attributes[name] = raw;
  }
  const authorityUrl = env[ENV_AZURE_AUTHORITY_URL]?.trim();
  return credentialsFromAttributes(
    { authType: resolution.authType, attributes: attributes as AttributeValues },
    {
      ...(authorityUrl ? { authorityUrl } : {}),
      ...azureResource(resolution.host),
    },
  );
}

/** The Azure Databricks application id of the host's environment (dev and staging clouds have their own). */
function azureResource(host: string | undefined): { resource?: string } {
  const hostname = host ? new URL(host).hostname : "";
  const resource = ENVIRONMENTS.find((environment) => hostname.endsWith(environment.dnsZone))?.azureApplicationId;
  return resource ? { resource } : {};
}
