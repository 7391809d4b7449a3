import { homedir } from "node:os";
import { selectAuthType } from "./auth/select-auth-type.js";
import { detectCloud } from "./cloud.js";
import { resolveHostMetadata } from "./host-metadata.js";
import { hostTypeOf } from "./host-type.js";
import { normaliseHost } from "./normalise-host.js";
import { effectiveScopes } from "./scopes.js";
import { SOURCES } from "./sources/index.js";
import type { SourceContext } from "./sources/source.js";
import { ResolutionState } from "./state.js";
import { toResolution } from "./to-resolution.js";
import type { HostType, ResolveOptions, Resolution } from "./types.js";
import { validate } from "./validate.js";

/**
 * Resolve Databricks unified-auth configuration exactly as one official SDK does, recording where
 * every value came from. Sources, in precedence order, each filling only attributes still unset:
 * 1. `explicit` (constructor arguments), 2. `env`, 3. the `.databrickscfg` profile.
 * Then, per dialect: validation, host normalisation, host metadata (Go, Python; via the injected
 * probe) and auth-type selection. Offline and subprocess-free unless probes are given.
 * @throws ConfigError with the SDK's exact message.
 */
export async function resolveConfig(options: ResolveOptions = {}): Promise<Resolution> {
  const dialect = options.dialect ?? "go";
  const env = options.env ?? process.env;
  const homeDir = options.homeDir ?? env.HOME ?? env.USERPROFILE ?? homedir();
  const cwd = options.cwd ?? process.cwd();
  const probes = options.probes ?? {};
  const state = new ResolutionState(dialect, env);

  const ctx: SourceContext = { explicit: options.explicit ?? {}, homeDir, cwd };
  for (const source of SOURCES) await source(state, ctx);
  const file = ctx.file ?? { path: "", status: "missing" as const };

  let resolvedHostType: HostType | "" = "";
  let hostError;
  if (dialect === "go") {
    validate(state); // before normalisation: Go's message shows the raw host
    hostError = normaliseHost(state);
    if (hostError) state.warnings.push(hostError.message);
    else resolvedHostType = await resolveHostMetadata(state, probes);
  } else if (dialect === "python") {
    normaliseHost(state);
    await resolveHostMetadata(state, probes);
    validate(state);
  } else {
    validate(state);
    normaliseHost(state);
  }

  const cloud = detectCloud(state);
  const host = state.get("host");
  const hostText = typeof host === "string" && host !== "" ? host : undefined;
  const hostType = hostTypeOf(dialect, hostText, resolvedHostType);
  const isAccount = hostType === "ACCOUNT_HOST";
  let authType: string | undefined;
  if (options.selectAuth !== false) {
    if (hostError) throw hostError;
    const profile = state.text("profile");
    authType = await selectAuthType({
      state,
      cloud,
      isAccount,
      probes,
      probeContext: { env, ...(hostText ? { host: hostText } : {}), ...(profile ? { profile } : {}) },
    });
  }
  const accountId = state.text("account_id");
  const workspaceId = state.text("workspace_id");
  return toResolution(state, {
    ...(hostText !== undefined ? { host: hostText } : {}),
    ...(authType !== undefined ? { authType } : {}),
    ...cloud,
    isAccount,
    hostType,
    ...(dialect === "go" ? { resolvedHostType } : {}),
    ...(accountId ? { accountId } : {}),
    ...(workspaceId ? { workspaceId } : {}),
    scopes: effectiveScopes(state),
    ...(file.profile !== undefined ? { profile: file.profile } : {}),
    configFile: file.path,
    configFileStatus: file.status,
  });
}
