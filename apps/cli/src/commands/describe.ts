import type { Command } from "../cli/command.js";
import { lazyRun } from "../cli/lazy-run.js";

const HELP = `Usage: dbcfg describe [-p PROFILE] [--sdk go|python|js|all] [--json]

Shows how the Databricks SDKs resolve your configuration — offline, without calling the
workspace: every attribute with its value (secrets redacted) and where it came from (flag,
environment variable, or file and line), the values that a higher source hid (DATABRICKS_HOST
hiding a profile's host sends its token to another workspace), and the exact SDK error when
resolution fails (exit code 1).

Flags:
  -p, --profile P  resolve as if --profile P were given
      --sdk S      go (the Databricks CLI, Terraform; default), python, js, or all: resolve with
                   each and show where they disagree
      --json       print the resolution (or {"error": {"message"}}); with --sdk all,
                   {"resolutions": {go, python, js}, "disagreements": [...]}`;

/** `dbcfg describe`: the resolution with the source of every value, per SDK dialect. */
export const describeCommand: Command = {
  name: "describe",
  summary: "show how the SDKs resolve your configuration, and where each value came from",
  help: HELP,
  run: lazyRun(() => import("./describe/run-describe.js")),
};
