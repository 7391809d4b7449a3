/** Everything `dbcfg scan --help` prints. */
export const SCAN_HELP = `Usage: dbcfg scan [PATH…] [--history [--since REV] [--branches all|current]] [--staged]
                  [--verify [--host H]…] [--format text|json|sarif]
                  [--baseline FILE [--update-baseline]] [--fail-on live|any]

Finds Databricks personal access tokens in files and in git history, with the detection of
@dbcfg/eslint-plugin (literal, escaped, comment, concatenated, assembled and encoded tokens in
the languages it lints; the literal spelling in every other text file). Binary files are skipped
by content. Tokens are never printed: each is shown as dapi…1a2b with a fingerprint (a hash).

Sources (one of):
  PATH…                the files of PATH (default .), honouring .gitignore inside a git work tree
  --history            every blob of the repository's history, each read once; each finding names
                       the commits that introduced it and whether HEAD still has it
    --since REV        only commits not reachable from REV
    --branches B       all (every ref, the default) or current (HEAD only)
  --staged             the index only (for a pre-commit hook)

Verification:
  --verify             ask workspaces whether each token is live (SCIM Me), only over TLS and only
                       at: hosts of your own config-file profiles, --host values, and Databricks
                       workspace hosts (*.cloud.databricks.com, *.azuredatabricks.net,
                       *.gcp.databricks.com) found next to the token. Never any other host.
  --host H             a workspace to verify at (https://…); repeatable
  --timeout-ms N       per-request timeout (default 10000)

Output and exit code:
  --format F           text (default), json or sarif (SARIF 2.1.0 for code scanning)
  --baseline FILE      ignore the tokens whose fingerprints FILE lists
  --update-baseline    write every token found now to the baseline FILE, exit 0
  --fail-on W          any (default): exit 1 when any token is found; live: only for live tokens
                       (needs --verify)

Exit codes: 0 nothing to report, 1 findings, 2 usage or internal error.`;
