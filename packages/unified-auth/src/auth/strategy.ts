import type { CloudFlags } from "../cloud.js";
import type { ResolutionState } from "../state.js";
import type { Probes, ProbeContext } from "../types.js";

/** What one strategy's `Configure` does: yields a provider, yields nothing, or fails with a message. */
export type StrategyOutcome = { kind: "ok" } | { kind: "skip" } | { kind: "error"; message: string };

export interface StrategyContext {
  state: ResolutionState;
  cloud: CloudFlags;
  isAccount: boolean;
  probes: Probes;
  probeContext: ProbeContext;
}

/** One auth strategy of one SDK: its name, what it needs, and what its `Configure` does. */
export interface AuthStrategy {
  name: string;
  /** Attributes that must be set (truthy) for the strategy to be tried at all. */
  requires: readonly string[];
  /** Further preconditions, in words (for `describe` and the doctor). */
  conditions: readonly string[];
  configure(ctx: StrategyContext): Promise<StrategyOutcome>;
}

export const OK: StrategyOutcome = { kind: "ok" };
export const SKIP: StrategyOutcome = { kind: "skip" };
export function fail(message: string): StrategyOutcome {
  return { kind: "error", message };
}
