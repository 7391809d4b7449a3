import { stateError } from "../state-error.js";
import { dialectAttributes, type DialectAttribute } from "../dialect-attributes.js";
import { convertText } from "../convert-value.js";
import { isZero, type ResolutionState } from "../state.js";

/** The env var that supplies `attr`: Go and Python skip empty values (Python also tries aliases); JS takes any defined value. */
function envFor(state: ResolutionState, attr: DialectAttribute): [string, string] | undefined {
  for (const name of attr.env) {
    const value = state.env[name];
    if (value === undefined) continue;
    if (value === "" && state.dialect !== "js") continue;
    return [name, value];
  }
  return undefined;
}

/**
 * Source 2 of 3: environment variables, each filling only attributes still unset. A value that an
 * explicit argument hid is kept in `shadowed`.
 */
export function fromEnv(state: ResolutionState): void {
  for (const attr of dialectAttributes(state.dialect)) {
    const found = envFor(state, attr);
    if (!found) continue;
    const [name, raw] = found;
    if (state.isSet(attr.name)) {
      state.fill(attr.name, raw, { kind: "env", name });
      continue;
    }
    const converted = convertText(state.dialect, raw, attr.type);
    if ("error" in converted) {
      const message = state.dialect === "go" ? `resolve: ${converted.error}` : converted.error;
      throw stateError(state, "invalid-value", message);
    }
    if (state.dialect === "go" && isZero(converted.value)) continue;
    state.fill(attr.name, converted.value, { kind: "env", name });
  }
}
