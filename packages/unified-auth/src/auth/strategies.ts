import { fail, OK, SKIP, type AuthStrategy, type StrategyContext, type StrategyOutcome } from "./strategy.js";
import { pyRepr } from "@dbcfg/config-file";
import type { Dialect } from "../types.js";

type Configure = AuthStrategy["configure"];

interface Extra {
  /** Checked after `requires`; false → the strategy yields nothing. */
  when?: (ctx: StrategyContext) => boolean;
  conditions?: readonly string[];
}

/** A strategy from data: required attributes, extra conditions, then `step` (default: configured). */
function strategy(name: string, requires: readonly string[], step: Configure = async () => OK, extra: Extra = {}): AuthStrategy {
  return {
    name,
    requires,
    conditions: extra.conditions ?? [],
    configure: async (ctx) => (all(ctx, requires) && (extra.when?.(ctx) ?? true) ? step(ctx) : SKIP),
  };
}

const AZURE: Extra = { when: (ctx) => ctx.cloud.isAzure, conditions: ["an Azure workspace (host or resource id)"] };
const GCP: Extra = { when: (ctx) => ctx.cloud.isGcp, conditions: ["a GCP workspace"] };
const oidcToken = (ctx: StrategyContext): string => ctx.state.text("oidc_token_env") ?? "DATABRICKS_OIDC_TOKEN";

const all = (ctx: StrategyContext, names: readonly string[]): boolean => names.every((n) => ctx.state.has(n));
const envSet = (ctx: StrategyContext, name: string): boolean => Boolean(ctx.state.env[name]);

/** A token exchange that needs the network: decided by the `tokenExchange` probe; absent → it fails. */
function exchange(name: string, onFailure: "skip" | "error", prefix = ""): Configure {
  return async (ctx) => {
    const result = ctx.probes.tokenExchange
      ? await ctx.probes.tokenExchange({ ...ctx.probeContext, authType: name })
      : { ok: false as const, message: "fetch failed" };
    if (result.ok) return OK;
    return onFailure === "skip" ? SKIP : fail(`${prefix}${result.message ?? "fetch failed"}`);
  };
}

async function databricksCli(ctx: StrategyContext, onFailure: "skip" | "error"): Promise<StrategyOutcome> {
  const result = ctx.probes.databricksCli ? await ctx.probes.databricksCli(ctx.probeContext) : { ok: false as const };
  if (result.ok) return OK;
  return onFailure === "skip" ? SKIP : fail(result.message ?? "databricks CLI not found");
}

const isAccountsHost = (host: string): boolean => host.startsWith("https://accounts.") || host.startsWith("https://accounts-dod.");

/**
 * Python `databricks_cli` without a probe, i.e. no CLI installed (credentials_provider.py@9ae2241,
 * https://github.com/databricks/databricks-sdk-py/blob/9ae2241564f93eec8b747514cdef56439f77a077/databricks/sdk/credentials_provider.py,
 * `DatabricksCliTokenSource`): `databricks`, or an unqualified `databricks_cli_path`, not found on
 * PATH → skipped. A qualified `databricks_cli_path` is run as given: the failed version probe is only
 * logged, `<path> auth token --host <host>` is built (plus `--account-id <account_id>` on an accounts
 * host, where an unset account_id puts `None` in the command and the SDK's own `' '.join(cmd)` raises
 * a TypeError), and running a missing file raises FileNotFoundError, which the strategy re-raises.
 */
async function pythonDatabricksCli(ctx: StrategyContext): Promise<StrategyOutcome> {
  if (ctx.probes.databricksCli) return databricksCli(ctx, "skip");
  const path = ctx.state.text("databricks_cli_path");
  if (!path?.includes("/")) return SKIP;
  if (isAccountsHost(ctx.state.text("host") ?? "") && ctx.state.get("account_id") === undefined) {
    return fail("sequence item 6: expected str instance, NoneType found");
  }
  return fail(`[Errno 2] No such file or directory: ${pyRepr(path)}`);
}

async function metadataService(ctx: StrategyContext, onFailure: "skip" | "error"): Promise<StrategyOutcome> {
  const result = ctx.probes.metadataService ? await ctx.probes.metadataService(ctx.probeContext) : { ok: false as const };
  if (result.ok) return OK;
  return onFailure === "skip" ? SKIP : fail(result.message ?? "connection refused");
}

const isLocalUrl = (raw: string): boolean => {
  try {
    const { hostname } = new URL(raw);
    return hostname === "localhost" || hostname === "127.0.0.1";
  } catch {
    return false;
  }
};

/** Go `DefaultCredentials` (`config/auth_default.go`); strategy errors are swallowed unless the type is forced. */
const GO: readonly AuthStrategy[] = [
  {
    name: "pat",
    requires: ["host", "token"],
    conditions: ["fails with `host is required for PAT authentication` / `token is required`"],
    configure: async (ctx) => {
      if (!ctx.state.has("host")) return fail("host is required for PAT authentication");
      return ctx.state.has("token") ? OK : fail("token is required");
    },
  },
  strategy("basic", ["host", "username", "password"]),
  strategy("oauth-m2m", ["client_id", "client_secret"], exchange("oauth-m2m", "error"), { conditions: ["OIDC endpoints reachable"] }),
  {
    name: "databricks-cli",
    requires: ["host"],
    conditions: ["`databricks auth token` succeeds"],
    configure: async (ctx) => (ctx.state.has("host") ? databricksCli(ctx, "error") : fail("host is required")),
  },
  strategy(
    "metadata-service",
    ["host", "metadata_service_url"],
    async (ctx) => (isLocalUrl(ctx.state.text("metadata_service_url") ?? "") ? metadataService(ctx, "error") : fail("invalid auth server URL")),
    {
      conditions: ["the URL is on localhost or 127.0.0.1", "the service answers"],
    },
  ),
  strategy("github-oidc", ["host", "client_id", "actions_id_token_request_url", "actions_id_token_request_token"], exchange("github-oidc", "error")),
  strategy("azure-devops-oidc", ["host", "client_id"], exchange("azure-devops-oidc", "error"), {
    when: (ctx) => envSet(ctx, "SYSTEM_ACCESSTOKEN") && envSet(ctx, "SYSTEM_TEAMFOUNDATIONCOLLECTIONURI"),
    conditions: ["SYSTEM_ACCESSTOKEN and SYSTEM_TEAMFOUNDATIONCOLLECTIONURI set"],
  }),
  strategy("env-oidc", ["host", "client_id"], exchange("env-oidc", "error"), {
    when: (ctx) => envSet(ctx, oidcToken(ctx)),
    conditions: ["the OIDC token env var (default DATABRICKS_OIDC_TOKEN) set"],
  }),
  strategy("file-oidc", ["host", "client_id", "databricks_id_token_filepath"], exchange("file-oidc", "error")),
  strategy(
    "github-oidc-azure",
    ["host", "azure_client_id", "azure_tenant_id", "actions_id_token_request_url", "actions_id_token_request_token"],
    exchange("github-oidc-azure", "error"),
    AZURE,
  ),
  strategy("azure-msi", ["azure_use_msi"], exchange("azure-msi", "error"), {
    when: (ctx) => ctx.cloud.isAzure && (ctx.state.has("host") || ctx.state.has("azure_workspace_resource_id")),
    conditions: ["an Azure workspace", "a host or resource id"],
  }),
  strategy("azure-client-secret", ["azure_client_id", "azure_client_secret", "azure_tenant_id"], exchange("azure-client-secret", "error"), AZURE),
  strategy("azure-cli", [], azureCli("go"), { ...AZURE, conditions: [...(AZURE.conditions ?? []), "`az` logged in"] }),
  strategy("google-credentials", ["google_credentials"], exchange("google-credentials", "error"), GCP),
  strategy("google-id", ["google_service_account"], exchange("google-id", "error"), GCP),
];

/**
 * Python's `azure_cli` first loads the tenant id from `f"{host}/aad/auth"` when none is set
 * (config.py@9ae2241 `load_azure_tenant_id`). With the host stored as `""` that URL has no scheme,
 * and `requests` refuses it before any network access, aborting the chain.
 */
const PYTHON_EMPTY_HOST_TENANT_URL_ERROR = "Invalid URL '/aad/auth': No scheme supplied. Perhaps you meant https:///aad/auth?";

function azureCli(dialect: Dialect): Configure {
  return async (ctx) => {
    if (dialect === "python" && ctx.state.get("host") === "" && ctx.state.get("azure_tenant_id") === undefined) {
      return fail(PYTHON_EMPTY_HOST_TENANT_URL_ERROR);
    }
    const result = ctx.probes.azureCli ? await ctx.probes.azureCli(ctx.probeContext) : { ok: false as const, notInstalled: true };
    if (result.ok) return OK;
    if (dialect === "js") {
      return result.notInstalled ? SKIP : fail(`azure-cli: cannot get access token: ${result.message ?? ""}`);
    }
    return dialect === "python" ? SKIP : fail(result.message ?? "az not found");
  };
}

/** Python `DefaultCredentials` (`credentials_provider.py`); requirements checked by truthiness, the first exception aborts. */
const PYTHON: readonly AuthStrategy[] = [
  strategy("pat", ["host", "token"]),
  strategy("basic", ["host", "username", "password"]),
  strategy("metadata-service", ["host", "metadata_service_url"], (ctx) => metadataService(ctx, "skip")),
  strategy("oauth-m2m", ["host", "client_id", "client_secret"], exchange("oauth-m2m", "skip")),
  strategy("env-oidc", ["host", "client_id"], exchange("env-oidc", "skip"), {
    when: (ctx) => envSet(ctx, oidcToken(ctx)),
    conditions: ["the OIDC token env var set"],
  }),
  strategy("file-oidc", ["host", "client_id", "databricks_id_token_filepath"], exchange("file-oidc", "skip")),
  strategy("github-oidc", ["host", "client_id"], exchange("github-oidc", "skip"), {
    when: (ctx) => envSet(ctx, "ACTIONS_ID_TOKEN_REQUEST_TOKEN") && envSet(ctx, "ACTIONS_ID_TOKEN_REQUEST_URL"),
    conditions: ["ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN set"],
  }),
  strategy("azure-client-secret", ["azure_client_id", "azure_client_secret"], exchange("azure-client-secret", "skip")),
  strategy("github-oidc-azure", ["host", "azure_client_id"], exchange("github-oidc-azure", "skip"), {
    when: (ctx) => envSet(ctx, "ACTIONS_ID_TOKEN_REQUEST_TOKEN"),
    conditions: ["ACTIONS_ID_TOKEN_REQUEST_TOKEN set"],
  }),
  strategy("azure-cli", [], azureCli("python"), { ...AZURE, conditions: ["an Azure environment", "`az` found"] }),
  strategy("azure-devops-oidc", ["host", "client_id"], exchange("azure-devops-oidc", "skip"), {
    when: (ctx) => envSet(ctx, "SYSTEM_ACCESSTOKEN"),
    conditions: ["SYSTEM_ACCESSTOKEN set"],
  }),
  strategy("external-browser", [], exchange("external-browser", "skip"), {
    when: (ctx) => ctx.state.text("auth_type") === "external-browser",
    conditions: ["auth_type = external-browser"],
  }),
  strategy("databricks-cli", ["host"], pythonDatabricksCli),
  strategy("runtime-oauth", [], async () => SKIP, { conditions: ["inside a Databricks runtime"] }),
  strategy("runtime", [], async () => SKIP, { conditions: ["inside a Databricks runtime"] }),
  strategy("google-credentials", ["host", "google_credentials"], exchange("google-credentials", "skip")),
  strategy("google-id", ["host", "google_service_account"], exchange("google-id", "skip")),
  strategy("model-serving", [], async () => SKIP, { conditions: ["inside Databricks model serving"] }),
];

/** `@databricks/sdk-experimental` 0.17.0 `DefaultCredentials`; a `ConfigError` from a strategy aborts the chain. */
const JS: readonly AuthStrategy[] = [
  strategy("pat", ["token", "host"]),
  strategy("basic", ["username", "password", "host"]),
  strategy("oauth-m2m", ["client_id", "client_secret"], exchange("oauth-m2m", "error", "oidc: ")),
  strategy("databricks-cli", ["host"], (ctx) => databricksCli(ctx, "skip")),
  strategy(
    "metadata-service",
    ["metadata_service_url", "host"],
    async (ctx) => {
      const url = String(ctx.state.get("metadata_service_url"));
      return isLocalUrl(url) ? metadataService(ctx, "skip") : fail(`invalid auth server URL: ${url}`);
    },
    { conditions: ["the URL is on localhost or 127.0.0.1"] },
  ),
  strategy("azure-msi", ["azure_use_msi"], exchange("azure-msi", "skip"), {
    when: (ctx) => ctx.cloud.isAzure && !(ctx.state.get("azure_workspace_resource_id") === "" && !ctx.isAccount),
    conditions: ["an Azure workspace"],
  }),
  strategy("azure-client-secret", ["azure_client_id", "azure_client_secret", "azure_tenant_id"], exchange("azure-client-secret", "skip"), AZURE),
  strategy("azure-cli", [], azureCli("js"), AZURE),
  strategy("google-credentials", ["google_credentials", "host"], exchange("google-credentials", "skip"), GCP),
  strategy("google-id", ["google_service_account", "host"], exchange("google-id", "skip"), GCP),
];

/** The credentials chain of `dialect`, in the order the SDK tries it. */
export const AUTH_CHAINS: Record<Dialect, readonly AuthStrategy[]> = { go: GO, python: PYTHON, js: JS };
