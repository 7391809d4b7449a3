import { DEFAULT_LIFETIME_SECONDS } from "./token-dates.js";

const OVERVIEW = `Usage: dbcfg token <create|list|revoke|rotate> [flags]

Manages your personal access tokens through the Token API, authenticated as the profile
(-p/--profile, else as the Databricks CLI resolves it): a PAT, or a service principal's OAuth
secret (client_id/client_secret) or Entra ID secret (azure_client_id/azure_client_secret/
azure_tenant_id), in which case the tokens are the principal's own. Token values are never
printed, except a new token as the sole stdout of \`token create\` (and \`token rotate\` of a
service principal without --save-to-profile).

  create   create a token and print it to stdout (for pipes and files)
  list     list your tokens: ids, comments, creation and expiry
  revoke   revoke a token by id
  rotate   replace a profile's token: create, save, verify, then revoke the old one

Run \`dbcfg token <subcommand> --help\` for its flags.`;

const CREATE_HELP = `Usage: dbcfg token create [-p PROFILE] [--comment TEXT] [--lifetime-seconds N] [--scopes A,B] [--on-behalf-of APP-ID] [--show]

Creates a personal access token for the user of PROFILE and writes the new token, and nothing
else, to stdout — so it can go straight into a pipe or a file:

  dbcfg token create --comment ci > token.txt
  dbcfg token create -p prod | gh secret set DATABRICKS_TOKEN

When stdout is a terminal the token is not printed (terminal scrollback and screen shares keep
it) and nothing is created, unless --show is given. The token id and expiry go to stderr.

Flags:
  -p, --profile P           the profile to authenticate with (default: as the Databricks CLI resolves it)
      --comment TEXT        description stored with the token (default "created by dbcfg")
      --lifetime-seconds N  lifetime in seconds (default ${DEFAULT_LIFETIME_SECONDS}, 90 days)
      --scopes A,B          limit the token to these API scopes (e.g. sql,unity-catalog, clusters:read;
                            see https://docs.databricks.com/api/workspace/scopes); default: unscoped.
                            A scoped token calling outside its scopes gets 403 "does not have required
                            scopes": add the scope, the token is fine (dbcfg doctor says so)
      --on-behalf-of APP-ID admins: create the token for the service principal with this application id
                            (token management on-behalf-of; the token belongs to the principal)
      --show                print the token even when stdout is a terminal
      --timeout MS          time limit of each request in milliseconds (default 60000)`;

const LIST_HELP = `Usage: dbcfg token list [-p PROFILE] [--json]

Lists the personal access tokens of the user that PROFILE authenticates as (ids, creation,
expiry, scopes — "(all)" for an unscoped token — and comments; never a token value). Tokens that
never expire are marked. Listing needs the "authentication" scope.

Flags:
  -p, --profile P  the profile to authenticate with
      --json       print {"tokens": [{tokenId, comment, creationTime, expiryTime, scopes}]}
      --timeout MS time limit of each request in milliseconds (default 60000)`;

const REVOKE_HELP = `Usage: dbcfg token revoke <token-id> [-p PROFILE]

Revokes one of your tokens by id (see \`dbcfg token list\`). Takes a token id, never a token value.

Flags:
  -p, --profile P  the profile to authenticate with
      --timeout MS time limit of each request in milliseconds (default 60000)`;

const ROTATE_HELP = `Usage: dbcfg token rotate [-p PROFILE] [--lifetime-seconds N] [--old-token-id ID] [--save-to-profile NAME] [--show]

Replaces the token stored in PROFILE without a moment where the profile does not work:
creates a new token (lifetime required: default ${DEFAULT_LIFETIME_SECONDS} s = 90 days), saves it to the
profile atomically (the previous file is kept as <config>.bak, mode 0600), verifies it through
SCIM Me, and only then revokes the old token. Any failure is undone and the output says exactly
what state the profile and both tokens are in. No token value is ever printed.

The old token is revoked only when its id is certain: --old-token-id, a listed id equal to the
SHA-256 of the token, or the only token listed. Otherwise it is left valid and you are told.

For a service-principal profile (OAuth or Entra ID secret) the principal gets a new PAT of its
own: --save-to-profile NAME saves it to profile NAME of the same config file the same way
(adding the host when NAME has none; NAME must not hold a client secret; the PAT NAME held before
is revoked when its id is certain). Without --save-to-profile the new token is written once to
stdout, for a secret store — refused when stdout is a terminal unless --show — and the old one is
revoked only with --old-token-id.

Flags:
  -p, --profile P           the profile whose token to rotate (default: as the Databricks CLI resolves it)
      --lifetime-seconds N  lifetime of the new token in seconds (default 90 days)
      --old-token-id ID     the id of the token being replaced, if you know it
      --save-to-profile NAME  service principals: the profile that receives the new PAT
      --show                service principals: print the new token even when stdout is a terminal
      --timeout MS          time limit of each request in milliseconds (default 60000)`;

/** Everything `dbcfg token --help` (and `dbcfg token <sub> --help`) prints. */
export const TOKEN_HELP = [OVERVIEW, CREATE_HELP, LIST_HELP, REVOKE_HELP, ROTATE_HELP].join("\n\n");
