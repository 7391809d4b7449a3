import { SUPPORTED_AUTH_TYPES, type Credentials } from "./credentials.js";

/** Raw (unredacted) attribute values by `.databrickscfg` name, e.g. from a unified-auth resolution. */
export type AttributeValues = Readonly<Record<string, string | undefined>>;

/** Entra ID authorities per `azure_environment` (databricks-sdk-go `config/azure.go`, `ActiveDirectoryEndpoint`). */
export const AZURE_AUTHORITIES: Readonly<Record<string, string>> = {
  PUBLIC: "https://login.microsoftonline.com/",
  USGOVERNMENT: "https://login.microsoftonline.us/",
  CHINA: "https://login.chinacloudapi.cn/",
};

/** The auth type is one `createTokenClient` cannot authenticate with (U2M, MSI, OIDC federation, GCP, …). */
export class UnsupportedAuthTypeError extends Error {
  /** Stable code of this error class. */
  readonly code = "UNSUPPORTED_AUTH_TYPE";

  constructor(readonly authType: string | undefined) {
    super(
      `auth type ${authType === undefined ? "(none)" : JSON.stringify(authType)} is not supported here: ` +
        `dbcfg authenticates with ${SUPPORTED_AUTH_TYPES.join(", ")} only` +
        (authType === undefined ? "" : "; use a profile with a token, client_id/client_secret, or azure_client_id/azure_client_secret/azure_tenant_id"),
    );
    this.name = "UnsupportedAuthTypeError";
  }
}

/** Options of {@link credentialsFromAttributes} that the attributes cannot carry. */
export interface CredentialsFromAttributesOptions {
  /** Overrides the Entra authority the `azure_environment` attribute selects (a local authority in tests). */
  authorityUrl?: string;
  /** The Azure Databricks application id of the workspace's environment, when it is not the public one. */
  resource?: string;
}

/**
 * Credentials for `createTokenClient` from an auth type and attribute values, as the SDKs' unified
 * auth names them (`token`; `client_id`, `client_secret`; `azure_client_id`, `azure_client_secret`,
 * `azure_tenant_id`, `azure_environment`). Takes plain values so that this package does not depend
 * on `@dbcfg/unified-auth`. Throws {@link UnsupportedAuthTypeError} for any other auth type.
 */
export function credentialsFromAttributes(
  input: { authType: string | undefined; attributes: AttributeValues },
  options: CredentialsFromAttributesOptions = {},
): Credentials {
  const a = input.attributes;
  switch (input.authType) {
    case "pat":
      return { authType: "pat", token: a.token ?? "" };
    case "oauth-m2m":
      return { authType: "oauth-m2m", clientId: a.client_id ?? "", clientSecret: a.client_secret ?? "" };
    case "azure-client-secret": {
      const environment = (a.azure_environment ?? "PUBLIC").toUpperCase();
      const authorityUrl = options.authorityUrl ?? AZURE_AUTHORITIES[environment];
      return {
        authType: "azure-client-secret",
        tenantId: a.azure_tenant_id ?? "",
        clientId: a.azure_client_id ?? "",
        clientSecret: a.azure_client_secret ?? "",
        ...(authorityUrl === undefined ? {} : { authorityUrl }),
        ...(options.resource === undefined ? {} : { resource: options.resource }),
      };
    }
    default:
      throw new UnsupportedAuthTypeError(input.authType);
  }
}
