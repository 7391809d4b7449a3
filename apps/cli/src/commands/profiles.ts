import type { Command } from "../cli/command.js";
import { lazyRun } from "../cli/lazy-run.js";
import { DEFAULT_PROFILE_TIMEOUT_MS } from "./profiles/profile-status.js";

const HELP = `Usage: dbcfg profiles [--json] [--offline] [--timeout MS]

Lists every profile of ~/.databrickscfg (or $DATABRICKS_CONFIG_FILE) and validates them, 8 at a
time: the file's own checks and the SDK resolution of each profile (environment variables left
out, so each profile is judged on what it holds), then — for personal access tokens that
passed — a SCIM Me call under a timeout. Every profile gets a reason, not just YES/NO.

Exit code 1 when any profile is invalid (the Databricks CLI always exits 0).

Flags:
      --json        print {"profiles": [{name, host, cloud, authType, accountId?, workspaceId?,
                    valid, reason, checked, default}]}
      --offline     no network: file and resolution checks only
      --timeout MS  per-profile budget for the online check (default ${DEFAULT_PROFILE_TIMEOUT_MS})`;

/** `dbcfg profiles`: every profile validated in parallel, each with its reason. */
export const profilesCommand: Command = {
  name: "profiles",
  summary: "list and validate every profile in parallel, each with a reason",
  help: HELP,
  run: lazyRun(() => import("./profiles/run-profiles.js")),
};
