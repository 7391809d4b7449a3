import { stateError } from "./state-error.js";
import type { ConfigError } from "./config-error.js";
import { fixHostGo } from "./host/fix-host-go.js";
import { fixHostJs } from "./host/fix-host-js.js";
import { fixHostPython } from "./host/fix-host-python.js";
import type { ResolutionState } from "./state.js";

/**
 * Replace the host with the dialect's normalised form, keeping its source. Go also promotes the
 * workspace/account id from the query. Returns the Go "no host configured" error instead of throwing
 * it, since Go only fails on it when authenticating; Python and JS fail at once.
 */
export function normaliseHost(state: ResolutionState): ConfigError | undefined {
  const entry = state.entry("host");
  if (!entry || (state.dialect !== "js" && !state.has("host"))) return undefined;
  const { value, source } = entry;
  switch (state.dialect) {
    case "go": {
      const fixed = fixHostGo(String(value));
      if ("error" in fixed) return stateError(state, "no-host", fixed.error, false);
      state.set("host", fixed.host, source);
      if (fixed.workspaceId && !state.has("workspace_id")) state.set("workspace_id", fixed.workspaceId, { kind: "derived", from: "host-query" });
      if (fixed.accountId && !state.has("account_id")) state.set("account_id", fixed.accountId, { kind: "derived", from: "host-query" });
      return undefined;
    }
    case "python": {
      const fixed = fixHostPython(String(value));
      if ("error" in fixed) throw stateError(state, "invalid-host", fixed.error);
      state.set("host", fixed.host, source);
      return undefined;
    }
    case "js": {
      if (value === "" || value === false || value === 0) return undefined;
      const fixed = fixHostJs(value);
      if ("error" in fixed) throw stateError(state, "invalid-host", fixed.error, false);
      state.set("host", fixed.host, source);
      return undefined;
    }
  }
}
