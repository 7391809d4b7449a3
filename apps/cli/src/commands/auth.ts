import type { Command } from "../cli/command.js";
import { lazyRun } from "../cli/lazy-run.js";

const HELP = `Usage: dbcfg auth env [-p PROFILE] [--json] [--reveal]

Prints the environment-variable form of a profile, as \`databricks auth env\` does: one
NAME=value line for each attribute the Databricks CLI resolves (DATABRICKS_HOST,
DATABRICKS_TOKEN, DATABRICKS_CLIENT_ID, ARM_TENANT_ID, DATABRICKS_CLUSTER_ID, DATABRICKS_AUTH_TYPE,
…), values shell-quoted where needed, so the output can be sourced or pasted into a CI secret store.
Without -p the profile is DEFAULT, like \`databricks auth env\`; variables already set in the
environment take part in the resolution as they do for the SDKs.

Secrets (token, client secrets, password, …) are redacted (dapi…1a2b) unless --reveal is
given — and --reveal is refused when stdout is a terminal, where scrollback would keep them:
pipe or redirect the output instead (\`dbcfg auth env -p ci --reveal > ci.env\`).

Flags:
  -p, --profile P  the profile (default DEFAULT)
      --json       print {"env": {"NAME": "value", …}}, the Databricks CLI's JSON shape
      --reveal     print secret values unredacted (not to a terminal)`;

/** `dbcfg auth env`: a profile as environment variables, secrets redacted unless revealed off a terminal. */
export const authCommand: Command = {
  name: "auth",
  summary: "print a profile as environment variables (auth env)",
  help: HELP,
  run: lazyRun(() => import("./auth/run-auth.js")),
};
