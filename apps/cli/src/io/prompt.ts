import type { CliContext } from "../context.js";
import { createTtyPrompter } from "./tty-prompt.js";

/** Asks the person at the terminal. Answers never pass through argv, logs or output. */
export interface Prompter {
  /** Shows `question` and returns the typed line; `hidden` turns the echo off (for tokens). */
  ask(question: string, options?: { hidden?: boolean }): Promise<string>;
}

/** A `CliContext` that may carry its own prompter (tests inject one; see `promptFor`). */
export type PromptingContext = CliContext & { readonly prompt?: Prompter };

/**
 * The prompter for `ctx`: the injected one if any, else a terminal prompter when stdin is a TTY,
 * else `undefined` (no one to ask: callers then need a flag such as `--force` or `--token-stdin`).
 */
export function promptFor(ctx: PromptingContext): Prompter | undefined {
  if (ctx.prompt) return ctx.prompt;
  return ctx.stdinIsTTY ? createTtyPrompter() : undefined;
}

/** Asks a yes/no question; only `y`/`yes` (any case) count as yes. */
export async function confirm(prompter: Prompter, question: string): Promise<boolean> {
  const answer = await prompter.ask(`${question} [y/N] `);
  return /^(y|yes)$/i.test(answer.trim());
}
