import type { ClusterInfo, Credentials, TokenClient } from "@dbcfg/token-api";
import { ENV_AZURE_AUTHORITY_URL } from "../../auth/credentials-of-resolution.js";
import { resolveOnlineTarget, type OnlineTarget } from "../input/online-target.js";
import type { CheckContext, CheckOutcome, ProfileCheck } from "../engine/types.js";
import { asApiError, callOptions } from "./workspace-client.js";

/** A profile's service-principal secret, as the SDKs' attribute names give it; `undefined` for other profiles. */
export async function principalCredentials(ctx: CheckContext, profile: string): Promise<Credentials | undefined> {
  const keys = ctx.input.profiles.get(profile);
  const value = (name: string): string | undefined => keys?.get(name)?.value.trim() || undefined;
  const attributes = Object.fromEntries(
    ["client_id", "client_secret", "azure_client_id", "azure_client_secret", "azure_tenant_id", "azure_environment"].map((name) => [name, value(name)]),
  );
  const authType =
    attributes.client_id && attributes.client_secret
      ? "oauth-m2m"
      : attributes.azure_client_id && attributes.azure_client_secret && attributes.azure_tenant_id
        ? "azure-client-secret"
        : undefined;
  if (authType === undefined) return undefined;
  const { credentialsFromAttributes } = await import("@dbcfg/token-api");
  const authorityUrl = ctx.input.env[ENV_AZURE_AUTHORITY_URL]?.trim();
  return credentialsFromAttributes({ authType, attributes }, authorityUrl ? { authorityUrl } : {});
}

/** A client for a profile with whatever it authenticates with: its PAT, else its service principal's secret. */
export type ProfileAccess = { client: TokenClient; target: OnlineTarget; as: string } | { skip: CheckOutcome[] };

export async function profileAccess(ctx: CheckContext, profile: string): Promise<ProfileAccess> {
  const target = resolveOnlineTarget(ctx.input, profile);
  if (!target) return { skip: [{ status: "skip", message: "Skipped: no usable host." }] };
  const credentials: Credentials | undefined = target.token ? { authType: "pat", token: target.token } : await principalCredentials(ctx, profile);
  if (!credentials) return { skip: [{ status: "skip", message: `Skipped: ${target.source} has no token or service-principal secret.` }] };
  const { createTokenClient } = await import("@dbcfg/token-api");
  const client = createTokenClient({
    host: target.baseUrl,
    credentials,
    fetch: ctx.cli.fetch,
    timeoutMs: ctx.timeoutMs,
    retry: { maxAttempts: 1 },
    userAgent: "cmd/doctor",
  });
  return { client, target, as: credentials.authType === "pat" ? "its token" : `its ${credentials.authType} service principal` };
}

/** The cluster a Databricks Connect profile names, or the outcome that says why there is none to check. */
export type ProfileCluster = { cluster: ClusterInfo; access: Extract<ProfileAccess, { client: unknown }> } | { skip: CheckOutcome[] } | { failed: unknown };

/**
 * `clusters.get` of the profile's `cluster_id`. A profile without one (or with
 * `serverless_compute_id = auto`, Databricks Connect's serverless compute) has no cluster to check.
 */
export async function profileCluster(ctx: CheckContext, profile: string): Promise<ProfileCluster> {
  const keys = ctx.input.profiles.get(profile);
  const clusterId = keys?.get("cluster_id")?.value.trim();
  if (!clusterId) {
    const serverless = keys?.get("serverless_compute_id")?.value.trim();
    if (serverless !== undefined && serverless !== "auto") {
      // https://docs.databricks.com/aws/en/dev-tools/databricks-connect/cluster-config: serverless is selected with the value `auto`.
      const message = `[${profile}] serverless_compute_id = ${serverless}: Databricks Connect only understands "auto" there.`;
      return { skip: [{ status: "warn", message, fix: `Write "serverless_compute_id = auto" in [${profile}], or set cluster_id instead.` }] };
    }
    const why = serverless === "auto" ? "uses serverless compute (serverless_compute_id = auto)" : "names no cluster_id";
    return { skip: [{ status: "skip", message: `Skipped: [${profile}] ${why}.` }] };
  }
  const access = await profileAccess(ctx, profile);
  if ("skip" in access) return access;
  try {
    return { cluster: await access.client.clusters.get(clusterId, callOptions(ctx)), access };
  } catch (error) {
    if (!asApiError(error)) throw error;
    return { failed: error };
  }
}

/**
 * A check that judges the profile's cluster once `cluster-visible` has read it; when the cluster
 * cannot be read it is skipped (cluster-visible reports why). `name` is "[profile] cluster <id>".
 */
export function clusterCheck(
  meta: Pick<ProfileCheck, "id" | "title" | "help">,
  judge: (cluster: ClusterInfo, name: string, profile: string) => CheckOutcome[],
): ProfileCheck {
  return {
    ...meta,
    group: "online",
    requires: ["cluster-visible"],
    online: true,
    scope: "profile",
    async run(ctx, profile) {
      const found = await profileCluster(ctx, profile);
      if ("skip" in found) return found.skip;
      if ("failed" in found) return [{ status: "skip", message: "Skipped: the cluster could not be read; see cluster-visible." }];
      return judge(found.cluster, `[${profile}] cluster ${found.cluster.clusterId}`, profile);
    },
  };
}
