import { redactSecrets, redactSecretsInPieces } from "@dbcfg/pat";
import type { TextSink } from "../context.js";
import { jsonPieces } from "./json-pieces.js";
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

/** How much text `printJson` hands the sink at once. */
const JSON_WRITE_CHARS = 1 << 20;

/**
 * Pretty JSON for machines, redacted like everything else; its lines are never cut. A large
 * report (one finding per check and profile, 100 MB for 100,000 profiles) is redacted and
 * written a piece at a time, never held as one string.
 */
export function printJson(sink: TextSink, value: unknown): void {
  let batch = "";
  for (const piece of redactSecretsInPieces(() => jsonPieces(value))) {
    batch += toTerminalSafeText(piece, { maxLineChars: Infinity });
    if (batch.length >= JSON_WRITE_CHARS) {
      sink.write(batch);
      batch = "";
    }
  }
  if (batch !== "") sink.write(batch);
}
