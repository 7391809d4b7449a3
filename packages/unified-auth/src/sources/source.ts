import type { ResolutionState } from "../state.js";
import type { ConfigFileStatus, ExplicitValue } from "../types.js";

/** What a source may read besides the state; `fromConfigFile` records what it did in `file`. */
export interface SourceContext {
  explicit: Readonly<Record<string, ExplicitValue>>;
  homeDir: string;
  cwd: string;
  file?: { path: string; status: ConfigFileStatus; profile?: string };
}

/** One configuration source: fills attributes of `state` that are still unset. */
export type Source = (state: ResolutionState, ctx: SourceContext) => void | Promise<void>;
