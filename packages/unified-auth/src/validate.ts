import { stateError } from "./state-error.js";
import { dialectAttributes } from "./dialect-attributes.js";
import type { ResolutionState } from "./state.js";

/**
 * "more than one authorization method configured": the auth groups of every set attribute, unless
 * `auth_type` names one. Go counts non-zero values, Python anything it stored (`""` included), JS
 * anything defined; an `auth_type` that is set (JS: even `""`) turns the check off.
 */
export function validate(state: ResolutionState): void {
  const authTypeGiven = state.dialect === "js" ? state.get("auth_type") !== undefined : state.has("auth_type");
  if (authTypeGiven) return;
  const groups = new Set<string>();
  for (const attr of dialectAttributes(state.dialect)) {
    if (attr.authGroup && state.isSet(attr.name)) groups.add(attr.authGroup);
  }
  if (groups.size <= 1) return;
  const names = [...groups].sort().join(" and ");
  throw stateError(state, "multiple-auth-methods", `validate: more than one authorization method configured: ${names}`);
}
