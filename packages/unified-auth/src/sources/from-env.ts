import { stateError } from "../state-error.js";
import { envValueFor } from "../attribute-sources.js";
import { dialectAttributes } from "../dialect-attributes.js";
import { convertText } from "../convert-value.js";
import { isZero, type ResolutionState } from "../state.js";

/**
 * Source 2 of 3: environment variables, each filling only attributes still unset. A value that an
 * explicit argument hid is kept in `shadowed`.
 */
export function fromEnv(state: ResolutionState): void {
  for (const attr of dialectAttributes(state.dialect)) {
    const found = envValueFor(state.dialect, state.env, attr);
    if (!found) continue;
    const { envName: name, value: raw } = found;
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
