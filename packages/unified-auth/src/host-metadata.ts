import { stateError } from "./state-error.js";
import { environmentOf, parsePythonCloud } from "./cloud.js";
import type { ResolutionState } from "./state.js";
import type { AttributeSource, HostType, Probes } from "./types.js";

const SOURCE: AttributeSource = { kind: "derived", from: "host-metadata" };
const GO_CLOUDS: Record<string, string> = { aws: "AWS", azure: "Azure", gcp: "GCP" };
const HOST_TYPES: Record<string, HostType> = { workspace: "WORKSPACE_HOST", account: "ACCOUNT_HOST", unified: "UNIFIED_HOST" };

interface HostMetadata {
  oidc_endpoint?: unknown;
  account_id?: unknown;
  workspace_id?: unknown;
  cloud?: unknown;
  host_type?: unknown;
  token_federation_default_oidc_audiences?: unknown;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function fillUnset(state: ResolutionState, name: string, value: string | undefined): void {
  if (value !== undefined && !state.has(name)) state.set(name, value, SOURCE);
}

/** Go `normalizeCloud` for metadata JSON; an empty or absent cloud falls back to the DNS environment. */
function goCloud(state: ResolutionState, raw: unknown): string {
  const value = text(raw);
  if (!value) return environmentOf(state).cloud;
  return GO_CLOUDS[value.toLowerCase()] ?? value;
}

/**
 * `resolveHostMetadata` (Go) / `_resolve_host_metadata` (Python): GET
 * `<host>/.well-known/databricks-config` through the injected probe and fill the account id,
 * workspace id, cloud, discovery URL and token audience that are still unset. A failed fetch is only
 * a warning. JS has no such step. Returns Go's resolved host type ("" for none).
 */
export async function resolveHostMetadata(state: ResolutionState, probes: Probes): Promise<HostType | ""> {
  const host = state.text("host");
  if (!host || state.dialect === "js") return "";
  // Without a probe nothing is fetched: the static default, as the SDK behaves when the fetch
  // fails, and not worth a warning on every resolution.
  if (!probes.hostMetadata) return "";
  let response;
  try {
    response = await probes.hostMetadata(host);
  } catch (error) {
    state.warnings.push(`failed to fetch host metadata: ${(error as Error).message}`);
    return "";
  }
  if (response.status !== 200 || typeof response.body !== "object" || response.body === null) {
    state.warnings.push(`failed to fetch host metadata: HTTP ${response.status}`);
    return "";
  }
  const meta = response.body as HostMetadata;
  fillUnset(state, "account_id", text(meta.account_id));
  fillUnset(state, "workspace_id", text(meta.workspace_id));
  if (state.dialect === "go") fillUnset(state, "cloud", goCloud(state, meta.cloud));
  else fillUnset(state, "cloud", parsePythonCloud(meta.cloud));

  const endpoint = text(meta.oidc_endpoint);
  if (endpoint && !state.has("discovery_url")) {
    const accountId = state.text("account_id");
    if (endpoint.includes("{account_id}") && !accountId) {
      if (state.dialect === "python") {
        throw stateError(state, "host-metadata", "account_id is required to resolve discovery_url from host metadata");
      }
      state.warnings.push("host metadata: oidc_endpoint needs an account_id, which is not set");
    } else {
      const resolved = endpoint.replaceAll("{account_id}", accountId ?? "").replace(/\/+$/, "");
      state.set("discovery_url", `${resolved}/.well-known/oauth-authorization-server`, SOURCE);
    }
  }
  if (!state.has("audience")) {
    const audiences = meta.token_federation_default_oidc_audiences;
    const first = Array.isArray(audiences) ? text(audiences[0]) : undefined;
    fillUnset(state, "audience", first ?? (text(meta.workspace_id) ? undefined : state.text("account_id")));
  }
  return state.dialect === "go" ? (HOST_TYPES[String(meta.host_type ?? "").toLowerCase()] ?? "") : "";
}
