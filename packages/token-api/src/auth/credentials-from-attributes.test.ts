import { describe, expect, it } from "vitest";
import { credentialsFromAttributes, UnsupportedAuthTypeError } from "./credentials-from-attributes.js";

describe("credentialsFromAttributes", () => {
  it("maps each supported auth type's attributes", () => {
    const token = "dapi" + "cd".repeat(16);
    expect(credentialsFromAttributes({ authType: "pat", attributes: { token, host: "h" } })).toEqual({ authType: "pat", token });
    expect(credentialsFromAttributes({ authType: "oauth-m2m", attributes: { client_id: "c", client_secret: "s" } })).toEqual({
      authType: "oauth-m2m",
      clientId: "c",
      clientSecret: "s",
    });
    const azure = { azure_client_id: "c", azure_client_secret: "s", azure_tenant_id: "t" };
    expect(credentialsFromAttributes({ authType: "azure-client-secret", attributes: azure })).toMatchObject({
      authorityUrl: "https://login.microsoftonline.com/",
      tenantId: "t",
    });
    expect(credentialsFromAttributes({ authType: "azure-client-secret", attributes: { ...azure, azure_environment: "usgovernment" } })).toMatchObject({
      authorityUrl: "https://login.microsoftonline.us/",
    });
    expect(
      credentialsFromAttributes({ authType: "azure-client-secret", attributes: azure }, { authorityUrl: "http://127.0.0.1:1/", resource: "r" }),
    ).toMatchObject({ authorityUrl: "http://127.0.0.1:1/", resource: "r" });
  });

  it("names the auth type it cannot use and the ones it can", () => {
    for (const authType of ["databricks-cli", "azure-cli", "github-oidc", undefined]) {
      let error: unknown;
      try {
        credentialsFromAttributes({ authType, attributes: {} });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UnsupportedAuthTypeError);
      expect((error as UnsupportedAuthTypeError).code).toBe("UNSUPPORTED_AUTH_TYPE");
      expect((error as Error).message).toMatch(/pat, oauth-m2m, azure-client-secret only/);
      if (authType) expect((error as Error).message).toContain(`"${authType}"`);
    }
  });
});
