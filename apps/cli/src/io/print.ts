import { redactSecrets } from "@dbcfg/pat";
import type { TextSink } from "../context.js";

/**
 * The only way commands write output: every byte goes through `redactSecrets`, so a token can
 * never reach a terminal, a CI log or a JSON/SARIF file.
 */
export function print(sink: TextSink, text: string): void {
  sink.write(redactSecrets(text));
}

export function printLine(sink: TextSink, text = ""): void {
  print(sink, text + "\n");
}

/** Pretty JSON for machines, redacted like everything else. */
export function printJson(sink: TextSink, value: unknown): void {
  print(sink, JSON.stringify(value, null, 2) + "\n");
}
