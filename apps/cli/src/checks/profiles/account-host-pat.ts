import { analyzeHost } from "@dbcfg/config-file";
import type { ProfileCheck } from "../../doctor/engine/types.js";
import { keyLocation, profileKey } from "../../doctor/input/locate.js";

/** The account consoles of each cloud (https://docs.databricks.com/aws/en/admin/account-settings/), as `analyzeHost` recognises them. */
const OAUTH_FOR_ACCOUNTS =
  "Use the workspace URL for PAT profiles. For the account console, authenticate as a service principal: OAuth M2M " +
  "(client_id and client_secret with account_id; https://docs.databricks.com/aws/en/dev-tools/auth/oauth-m2m) or, on Azure, " +
  "a Microsoft Entra ID service principal (azure_client_id, azure_client_secret, azure_tenant_id; " +
  "https://learn.microsoft.com/azure/databricks/dev-tools/auth/azure-sp).";

/**
 * A PAT on an account host (`accounts.cloud.databricks.com`, `accounts.azuredatabricks.net`,
 * `accounts.gcp.databricks.com`, `accounts-dod.…`): personal access tokens authenticate to one
 * workspace's REST API only, so every account-level call is refused
 * (https://docs.databricks.com/aws/en/dev-tools/auth/pat: "to automate account-level
 * functionality, you cannot use Databricks personal access tokens").
 */
export const accountHostPat: ProfileCheck = {
  id: "account-host-pat",
  title: "No personal access token on an account host",
  group: "profiles",
  help: "Fails when a profile pairs an account-console host (accounts.cloud.databricks.com, accounts.azuredatabricks.net, accounts.gcp.databricks.com, accounts-dod…) with a personal access token, since PATs are workspace credentials and account APIs reject them. Says how to use OAuth M2M or an Entra ID service principal instead.",
  requires: [],
  online: false,
  scope: "profile",
  run({ input }, profile) {
    const host = profileKey(input, profile, "host");
    const analysis = host ? analyzeHost(host.value) : undefined;
    if (!host || !analysis?.isAccount) return [{ status: "skip", message: `Skipped: [${profile}] is not an account-console host.` }];
    const keys = input.profiles.get(profile);
    const token = profileKey(input, profile, "token");
    const authType = keys?.get("auth_type")?.value.trim();
    if (token === undefined && authType !== "pat") {
      return [{ status: "pass", message: `[${profile}] uses ${authType ?? "a non-PAT credential"} on the account console ${analysis.hostname}.` }];
    }
    return [
      {
        status: "fail",
        message: `[${profile}] points at the account console (${analysis.hostname}) with a personal access token; PATs are workspace credentials and account APIs reject them.`,
        fix: OAUTH_FOR_ACCOUNTS,
        location: keyLocation(input, token ?? host),
      },
    ];
  },
};
