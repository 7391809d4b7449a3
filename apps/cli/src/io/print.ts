import { redactSecrets } from "@dbcfg/pat";
import type { TextSink } from "../context.js";
import { toTerminalSafeText } from "./terminal-safe-text.js";

/**
 * The only way commands write output: every byte goes through `redactSecrets`, so a token can
 * never reach a terminal, a CI log or a JSON/SARIF file, and then through `toTerminalSafeText`,
 * so no control character from a server or a config file acts on the terminal.
 */
export function print(sink: TextSink, text: string): void {
  sink.write(toTerminalSafeText(redactSecrets(text)));
}

export function printLine(sink: TextSink, text = ""): void {
  print(sink, text + "\n");
}

/** Pretty JSON for machines, redacted like everything else; its lines are never cut. */
export function printJson(sink: TextSink, value: unknown): void {
  sink.write(toTerminalSafeText(redactSecrets(JSON.stringify(value, null, 2) + "\n"), { maxLineChars: Infinity }));
}
