import { DEFAULT_PROFILE, SETTINGS_SECTION } from "@dbcfg/config-file";
import { EXIT_FAILED, EXIT_OK, UsageError } from "../../cli/command.js";
import { readProfileValues, resolveConfigPath, writeProfileChanges } from "../../io/config-file-access.js";
import { withExpectedFailures } from "../../cli/expected-failure.js";
import { parseFlags, stringFlag } from "../../cli/parse-flags.js";
import { printLine } from "../../io/print.js";
import { tightenToOwnerOnly } from "../../io/tighten-mode.js";
import { confirm, promptFor, type PromptingContext } from "../../io/prompt.js";
import { normalizeHost } from "./normalize-host.js";
import { describeChange, planChanges } from "./plan-changes.js";
import { readToken } from "./read-token.js";
import { configureCluster } from "./configure-cluster.js";

async function runConfigure(args: readonly string[], ctx: PromptingContext): Promise<number> {
  if (args.some((a) => a === "--token" || a.startsWith("--token="))) {
    throw new UsageError(
      "--token is not accepted: a token on the command line lands in shell history and `ps`. Use --token-stdin or the hidden prompt. " +
        "If you typed a real token, it is in your shell history now: delete that line (`history -d N` in bash), or revoke the token.",
    );
  }
  const { values } = parseFlags(args, {
    profile: { type: "string", short: "p" },
    host: { type: "string" },
    "token-stdin": { type: "boolean" },
    force: { type: "boolean" },
    "configure-cluster": { type: "boolean" },
    "cluster-id": { type: "string" },
  });
  const profile = stringFlag(values, "profile") ?? DEFAULT_PROFILE;
  if (profile === SETTINGS_SECTION) throw new UsageError(`"${SETTINGS_SECTION}" is reserved for settings, not a profile name.`);
  if (profile.trim() !== profile || profile === "" || /[[\]\r\n]/.test(profile)) {
    throw new UsageError(`"${profile}" cannot be a profile name (no brackets, line breaks or surrounding spaces).`);
  }
  const clusterId = stringFlag(values, "cluster-id");
  if (values["configure-cluster"] === true || clusterId !== undefined) {
    if (values.host !== undefined || values["token-stdin"] === true) {
      throw new UsageError(
        "--configure-cluster and --cluster-id set only the cluster of a profile that already authenticates; run `dbcfg configure` for host and token first.",
      );
    }
    return configureCluster(ctx, { profile, force: values.force === true, ...(clusterId !== undefined ? { clusterId } : {}) });
  }
  const prompter = promptFor(ctx);
  const path = resolveConfigPath(ctx);
  const existing = await readProfileValues(path, profile);

  const hostInput =
    stringFlag(values, "host") ??
    (prompter && !values["token-stdin"]
      ? await prompter.ask(`Databricks workspace host (https://...)${existing.values.host ? ` [${existing.values.host}]` : ""}: `)
      : undefined);
  const host = hostInput?.trim() ? normalizeHost(hostInput) : existing.values.host ? normalizeHost(existing.values.host) : undefined;
  if (host === undefined) throw new UsageError("no host: pass --host https://<workspace-hostname>.");
  for (const note of host.notes) printLine(ctx.stderr, `Note: ${note}`);

  const { token, warnings } = await readToken(ctx, values["token-stdin"] === true, prompter);
  for (const warning of warnings) printLine(ctx.stderr, `Warning: ${warning}`);

  const wanted: Record<string, string> = { host: host.host, token };
  if (host.workspaceId !== undefined) wanted.workspace_id = host.workspaceId;
  const changes = planChanges(existing.values, wanted);
  if (changes.length === 0) {
    printLine(ctx.stdout, `Profile [${profile}] in ${path} already holds these values; nothing to write.`);
    return EXIT_OK;
  }
  const overwrites = changes.some((c) => c.from !== undefined);
  if (overwrites && values.force !== true) {
    const summary = [`Profile [${profile}] in ${path} already exists; this would change:`, ...changes.map(describeChange)].join("\n");
    if (!prompter || !ctx.stdinIsTTY) {
      printLine(ctx.stderr, `${summary}\nNothing was written: pass --force to overwrite its credentials.`);
      return EXIT_FAILED;
    }
    printLine(ctx.stderr, summary);
    if (!(await confirm(prompter, "Write these changes?"))) {
      printLine(ctx.stderr, "Nothing was written.");
      return EXIT_FAILED;
    }
  }
  // Tightened before the write, so the token never sits in a file others can read.
  const before = await tightenToOwnerOnly(path);
  await writeProfileChanges(path, profile, changes);
  printLine(ctx.stdout, `Saved profile [${profile}] in ${path}:`);
  for (const change of changes) printLine(ctx.stdout, describeChange(change));
  if (before !== undefined) printLine(ctx.stdout, `Mode ${before} → 0600 on ${path}: it holds a token, so only you may read it.`);
  return EXIT_OK;
}

/** `dbcfg configure`: host and token into a profile, through `@dbcfg/config-file`, never from argv. */
export function run(args: readonly string[], ctx: PromptingContext): Promise<number> {
  return withExpectedFailures(ctx, () => runConfigure(args, ctx));
}
