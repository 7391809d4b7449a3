import type { DoctorInput } from "./doctor-input.js";

/** `auth_type`s that log a person in through the browser and keep the result in the CLI's token cache. */
export const U2M_AUTH_TYPES = new Set(["databricks-cli", "external-browser"]);
/** `auth_type`s that never send a `token` (OAuth in its forms). */
export const OAUTH_AUTH_TYPES = new Set([
  ...U2M_AUTH_TYPES,
  "oauth-m2m",
  "azure-client-secret",
  "azure-cli",
  "azure-msi",
  "github-oidc",
  "env-oidc",
  "file-oidc",
  "google-credentials",
  "google-id",
]);

/** The profile's `auth_type`, lower-cased, or undefined. */
export function pinnedAuthType(input: DoctorInput, profile: string): string | undefined {
  const value = input.profiles.get(profile)?.get("auth_type")?.value.trim().toLowerCase();
  return value ? value : undefined;
}
