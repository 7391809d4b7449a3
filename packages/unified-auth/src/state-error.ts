import { ConfigError, type ConfigErrorCode } from "./config-error.js";
import { withDebug } from "./debug-string.js";
import type { ResolutionState } from "./state.js";

/** A `ConfigError` for the state's dialect, with the SDK's debug suffix unless `debug` is false. */
export function stateError(state: ResolutionState, code: ConfigErrorCode, message: string, debug = true): ConfigError {
  return new ConfigError(code, debug ? withDebug(state, message) : message, state.dialect);
}
