import { stateError } from "../state-error.js";
import { attributeForArgument } from "../dialect-attributes.js";
import { convertText, parsePythonScopes } from "../convert-value.js";
import { isZero, type ResolutionState } from "../state.js";
import type { AttributeValue } from "../types.js";
import type { SourceContext } from "./source.js";
import { findAttribute } from "@dbcfg/config-file";

/**
 * Source 1 of 3: constructor arguments. `null`/`undefined` mean "not given" everywhere; Go also
 * treats `""` (any zero value) as not given, while Python and JS store it — and it then blocks the env var.
 */
export function fromExplicit(state: ResolutionState, ctx: Pick<SourceContext, "explicit">): void {
  for (const [name, given] of Object.entries(ctx.explicit)) {
    if (given === null || given === undefined) continue;
    const attr = attributeForArgument(state.dialect, name);
    if (!attr) {
      if (findAttribute(name) || attributeForArgument("go", name) || attributeForArgument("python", name)) continue;
      throw stateError(state, "unknown-attribute", `unknown attribute ${JSON.stringify(name)}`, false);
    }
    let value: AttributeValue = given;
    if (attr.type === "list" && state.dialect === "python") value = parsePythonScopes(given as string | readonly string[]);
    else if (typeof given === "string" && attr.type !== "string") {
      const converted = convertText(state.dialect, given, attr.type);
      if ("error" in converted) throw stateError(state, "invalid-value", converted.error, false);
      value = converted.value;
    }
    if (state.dialect === "go" && isZero(value)) continue;
    state.set(attr.name, value, { kind: "explicit" });
  }
}
