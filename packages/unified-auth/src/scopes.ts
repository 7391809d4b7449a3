import { DEFAULT_SCOPES } from "./constants.js";
import type { ResolutionState } from "./state.js";

/** `GetScopes()`: the scopes sorted and de-duplicated, `["all-apis"]` when there are none. */
export function effectiveScopes(state: ResolutionState): string[] {
  const value = state.get("scopes");
  const list = Array.isArray(value) ? [...new Set(value as readonly string[])].sort() : [];
  return list.length > 0 ? list : [...DEFAULT_SCOPES];
}
