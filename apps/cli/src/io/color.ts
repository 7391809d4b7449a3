import type { CliContext, TextSink } from "../context.js";

/** Colour only on a TTY, and never when `NO_COLOR` is set (https://no-color.org). */
export function useColor(ctx: CliContext, sink: TextSink = ctx.stdout): boolean {
  const noColor = ctx.env.NO_COLOR;
  return sink.isTTY && (noColor === undefined || noColor === "");
}

export interface Palette {
  green(s: string): string;
  yellow(s: string): string;
  red(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const identity = (s: string) => s;

export function palette(enabled: boolean): Palette {
  if (!enabled) return { green: identity, yellow: identity, red: identity, dim: identity, bold: identity };
  return { green: wrap(32, 39), yellow: wrap(33, 39), red: wrap(31, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}
