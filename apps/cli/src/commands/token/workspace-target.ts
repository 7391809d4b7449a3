import { resolveConfig, type AttributeSource, type Resolution } from "@dbcfg/unified-auth";
import type { Credentials } from "@dbcfg/token-api";
import type { CliContext } from "../../context.js";
import { CliError } from "../../cli/cli-error.js";
import { nodeFileSystem, statRegularFile } from "@dbcfg/config-file";
import { resolveConfigPath } from "../../io/config-file-access.js";
import { credentialsOfResolution, CREDENTIAL_ATTRIBUTE, optimisticTokenExchange } from "../../auth/credentials-of-resolution.js";

/** Where a token command sends its calls, and where the token it uses came from. */
export interface WorkspaceTarget {
  host: string;
  /** How the commands authenticate: a PAT, or a service principal's OAuth / Entra ID client secret. */
  credentials: Credentials;
  /** The PAT in use, when `credentials` is a PAT. */
  token?: string;
  /** The profile the token was read from, when it came from a profile. */
  profile?: string;
  /** The config file of that profile. */
  configFile?: string;
  /** Human words for where the token (or client secret) came from ("profile [prod] in /…/.databrickscfg", "DATABRICKS_TOKEN"). */
  tokenOrigin: string;
  /** Where the host came from, in the same words. */
  hostOrigin: string;
  resolution: Resolution;
}

/** Why a token command cannot run with the resolved configuration. */
export class TargetError extends CliError {
  constructor(message: string) {
    super("target", message);
  }
}

/**
 * Resolves the workspace and credential exactly as the Databricks CLI would (explicit profile, then
 * the environment, then the config file). PAT, OAuth M2M and Entra ID client-secret profiles are
 * accepted; the OAuth exchange itself happens on the first call (a wrong secret fails there, with
 * the server's OAuth error). Any other auth type is refused, naming it.
 */
export async function resolveWorkspaceTarget(ctx: CliContext, profile: string | undefined): Promise<WorkspaceTarget> {
  const resolution = await resolveConfig({
    explicit: profile === undefined ? {} : { profile },
    env: ctx.env,
    homeDir: ctx.homeDir,
    cwd: ctx.cwd,
    probes: { tokenExchange: optimisticTokenExchange },
  }).catch(async (error: unknown) => {
    // The SDKs read an unreadable file, a symlink loop or a device as "no file"; say what it is.
    await statRegularFile(nodeFileSystem, resolveConfigPath(ctx), "read");
    throw error;
  });
  const what = profile === undefined ? "the current configuration" : `profile [${profile}]`;
  if (resolution.host === undefined) {
    throw new TargetError(`${what} has no host; token commands need a workspace host (run \`dbcfg describe\` to see what was resolved).`);
  }
  const credentials = await credentialsOfResolution(resolution, ctx.env).catch((error: unknown) => {
    throw new TargetError(`${what}: ${error instanceof Error ? error.message : String(error)} (run \`dbcfg describe\` to see what was resolved).`);
  });
  const secret = resolution.attributes[CREDENTIAL_ATTRIBUTE[credentials.authType]];
  const target: WorkspaceTarget = {
    host: resolution.host,
    credentials,
    ...(credentials.authType === "pat" ? { token: credentials.token } : {}),
    tokenOrigin: secret ? sourceText(secret.source) : "unknown",
    hostOrigin: resolution.attributes.host ? sourceText(resolution.attributes.host.source) : "unknown",
    resolution,
  };
  if (secret?.source.kind === "profile") {
    target.profile = secret.source.profile;
    target.configFile = secret.source.file;
  }
  return target;
}

/** "DATABRICKS_HOST", "profile [prod] in /home/me/.databrickscfg:3", "explicit setting". */
function sourceText(source: AttributeSource): string {
  switch (source.kind) {
    case "env":
      return `environment variable ${source.name}`;
    case "profile":
      return `profile [${source.profile}] in ${source.file}${source.line ? `:${source.line}` : ""}`;
    case "derived":
      return "host URL";
    default:
      return "explicit setting";
  }
}
