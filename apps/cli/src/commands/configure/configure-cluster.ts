import { EXIT_FAILED, EXIT_OK, UsageError } from "../../cli/command.js";
import { readProfileValues, resolveConfigPath, writeProfileChanges } from "../../io/config-file-access.js";
import { printLine } from "../../io/print.js";
import { confirm, promptFor, type PromptingContext } from "../../io/prompt.js";
import { resolveWorkspaceTarget } from "../token/workspace-target.js";
import { clusterRow, pickCluster } from "./pick-cluster.js";
import { shellQuote } from "../../cli/shell-quote.js";

/**
 * `dbcfg configure --configure-cluster` / `--cluster-id ID`: the Databricks Connect cluster of a
 * profile that already authenticates (PAT or service principal). On a terminal the clusters the
 * principal can see are offered in a filterable picker; `--cluster-id` (required without a
 * terminal) is checked with `clusters/get`. Writes `cluster_id`, and removes
 * `serverless_compute_id`, which would otherwise choose serverless compute instead.
 */
export async function configureCluster(
  ctx: PromptingContext,
  options: { profile: string; clusterId?: string; force: boolean; timeoutMs?: number },
): Promise<number> {
  const prompter = promptFor(ctx);
  if (options.clusterId === undefined && (!prompter || !ctx.stdinIsTTY)) {
    throw new UsageError("--configure-cluster needs a terminal to pick from; without one pass --cluster-id ID.");
  }
  const target = await resolveWorkspaceTarget(ctx, options.profile);
  const { createTokenClient } = await import("@dbcfg/token-api");
  const client = createTokenClient({
    host: target.host,
    credentials: target.credentials,
    fetch: ctx.fetch,
    userAgent: "cmd/configure",
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  let cluster;
  if (options.clusterId !== undefined) {
    cluster = await client.clusters.get(options.clusterId);
  } else {
    const clusters = await client.clusters.list();
    if (clusters.length === 0) {
      printLine(ctx.stderr, `No clusters on ${target.host} are visible to profile [${options.profile}]; nothing was written.`);
      return EXIT_FAILED;
    }
    cluster = await pickCluster(clusters, prompter!, ctx.stderr);
    if (cluster === undefined) {
      printLine(ctx.stderr, "Nothing was written.");
      return EXIT_FAILED;
    }
  }
  const path = resolveConfigPath(ctx);
  const existing = await readProfileValues(path, options.profile);
  const current = existing.values.cluster_id;
  if (current === cluster.clusterId && existing.values.serverless_compute_id === undefined) {
    printLine(ctx.stdout, `Profile [${options.profile}] already uses cluster ${cluster.clusterId}; nothing to write.`);
    return EXIT_OK;
  }
  if (current !== undefined && current !== cluster.clusterId && !options.force) {
    const question = `Profile [${options.profile}] uses cluster ${current}; replace it with ${cluster.clusterId}?`;
    if (!prompter || !ctx.stdinIsTTY) {
      printLine(ctx.stderr, `${question} Nothing was written: pass --force to replace it.`);
      return EXIT_FAILED;
    }
    if (!(await confirm(prompter, question))) {
      printLine(ctx.stderr, "Nothing was written.");
      return EXIT_FAILED;
    }
  }
  const serverless = existing.values.serverless_compute_id;
  await writeProfileChanges(path, options.profile, [
    { key: "cluster_id", to: cluster.clusterId },
    ...(serverless === undefined ? [] : [{ key: "serverless_compute_id" }]),
  ]);
  printLine(ctx.stdout, `Saved cluster_id = ${cluster.clusterId} in profile [${options.profile}] of ${path}:`);
  printLine(ctx.stdout, `  ${clusterRow(cluster)}`);
  if (serverless !== undefined)
    printLine(ctx.stdout, `Removed serverless_compute_id = ${serverless}: the profile now uses this cluster instead of serverless compute.`);
  printLine(ctx.stdout, `Check it with \`dbcfg doctor -p ${shellQuote(options.profile)} --check cluster-runtime,cluster-state,cluster-access-mode\`.`);
  return EXIT_OK;
}
