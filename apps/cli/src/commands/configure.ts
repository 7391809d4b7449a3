import type { Command } from "../cli/command.js";
import { lazyRun } from "../cli/lazy-run.js";

const HELP = `Usage: dbcfg configure [-p PROFILE] [--host HOST] [--token-stdin] [--force]
       dbcfg configure [-p PROFILE] --configure-cluster | --cluster-id ID [--force]

Writes host and token into a profile of ~/.databrickscfg (or $DATABRICKS_CONFIG_FILE) through a
lossless editor: comments, order and spacing of everything else are kept; the file is replaced
atomically and a new file is created with mode 0600.

The token is read from stdin (--token-stdin) or typed at a hidden prompt — never from the command
line, where shell history and \`ps\` keep it (--token is refused):

  pbpaste | dbcfg configure -p prod --host https://adb-123.4.azuredatabricks.net --token-stdin

Values a profile already holds are never overwritten silently: the changes are shown and, on a
terminal, confirmed; elsewhere --force is required. Keys of other auth methods in the profile
(username, password, client_id, auth_type, …) are removed, as the Databricks CLI does.

Flags:
  -p, --profile P   the profile to write (default DEFAULT)
      --host HOST   workspace URL; normalised to https://<hostname> (a ?o= id becomes workspace_id)
      --token-stdin read the token from stdin
      --force       overwrite an existing profile's credentials (or cluster_id) without asking

Databricks Connect: --configure-cluster sets the cluster_id of a profile that already
authenticates (PAT, or a service principal's client_id/client_secret or Entra ID secret). On a
terminal the clusters it can see are listed: type part of a name or id to filter, a number to
choose. Without a terminal pass --cluster-id ID (checked with the clusters API). Writing a
cluster_id removes serverless_compute_id (serverless_compute_id = auto selects serverless compute
instead of a cluster). \`dbcfg doctor\` then checks the cluster's runtime (13.3 LTS or above), state
and access mode.`;

/** `dbcfg configure`: host and token into a profile, through `@dbcfg/config-file`, never from argv. */
export const configureCommand: Command = {
  name: "configure",
  summary: "write a profile's host and token (token from stdin or a hidden prompt)",
  help: HELP,
  run: lazyRun(() => import("./configure/run-configure.js")),
};
