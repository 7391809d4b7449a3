import { resolveConfig, secretValue, type AttributeSource, type Resolution } from "@dbcfg/unified-auth";
import type { CliContext } from "../../context.js";
import { CliError } from "../../cli/cli-error.js";
import { nodeFileSystem, statRegularFile } from "@dbcfg/config-file";
import { resolveConfigPath } from "../../io/config-file-access.js";

/** Where a token command sends its calls, and where the token it uses came from. */
export interface WorkspaceTarget {
  host: string;
  token: string;
  /** The profile the token was read from, when it came from a profile. */
  profile?: string;
  /** The config file of that profile. */
  configFile?: string;
  /** Human words for where the token came from ("profile [prod] in /…/.databrickscfg", "DATABRICKS_TOKEN"). */
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
 * Resolves the workspace and PAT exactly as the Databricks CLI would (explicit profile, then the
 * environment, then the config file), and refuses anything that is not PAT authentication.
 */
export async function resolveWorkspaceTarget(ctx: CliContext, profile: string | undefined): Promise<WorkspaceTarget> {
  const resolution = await resolveConfig({
    explicit: profile === undefined ? {} : { profile },
    env: ctx.env,
    homeDir: ctx.homeDir,
    cwd: ctx.cwd,
  }).catch(async (error: unknown) => {
    // The SDKs read an unreadable file, a symlink loop or a device as "no file"; say what it is.
    await statRegularFile(nodeFileSystem, resolveConfigPath(ctx), "read");
    throw error;
  });
  const token = resolution.attributes.token;
  const tokenValue = secretValue(resolution, "token");
  if (resolution.authType !== "pat" || token === undefined || typeof tokenValue !== "string" || resolution.host === undefined) {
    const what = profile === undefined ? "the current configuration" : `profile [${profile}]`;
    throw new TargetError(
      `${what} does not use a personal access token (auth type: ${resolution.authType ?? "none"}); ` +
        "token commands need host and token (run `dbcfg describe` to see what was resolved).",
    );
  }
  const target: WorkspaceTarget = {
    host: resolution.host,
    token: tokenValue,
    tokenOrigin: sourceText(token.source),
    hostOrigin: resolution.attributes.host ? sourceText(resolution.attributes.host.source) : "unknown",
    resolution,
  };
  if (token.source.kind === "profile") {
    target.profile = token.source.profile;
    target.configFile = token.source.file;
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
