import type { ClusterInfo, Credentials, TokenClient } from "@dbcfg/token-api";
import { credentialsOfResolution, isServicePrincipalAuthType } from "../../auth/credentials-of-resolution.js";
import { resolveEachSdk } from "../input/resolve-per-sdk.js";
import { resolveOnlineTarget, type OnlineTarget } from "../input/online-target.js";
import type { CheckContext, CheckOutcome, ProfileCheck } from "../engine/types.js";
import { asApiError, callOptions } from "./workspace-client.js";

/**
 * A profile's service-principal credentials when the SDKs would authenticate it as one: the auth
 * type comes from `@dbcfg/unified-auth`'s resolution of the profile on its own (Go SDK order,
 * `auth_type` honoured), the values from its attributes. `undefined` for any other profile.
 */
export async function principalCredentials(ctx: CheckContext, profile: string): Promise<Credentials | undefined> {
  const outcomes = await resolveEachSdk(ctx.input, ctx.cli, { profile, withEnv: false });
  const resolution = outcomes.find((outcome) => outcome.dialect === "go")?.resolution;
  if (resolution === undefined || !isServicePrincipalAuthType(resolution.authType)) return undefined;
  return credentialsOfResolution(resolution, ctx.input.env);
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
