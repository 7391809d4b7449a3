import { EXIT_FAILED, UsageError } from "./command.js";
import type { CliContext } from "../context.js";
import { errorText } from "./error-text.js";
import { printLine } from "../io/print.js";

/**
 * Runs a command body and turns an expected failure — any error with a string `code`: API errors,
 * config errors, file errors, system errors — into `Error: <redacted message>` on stderr and exit
 * code 1, followed by `hint` when given. Usage errors and bugs (no `code`) propagate to `main` (exit 2).
 */
export async function withExpectedFailures(ctx: CliContext, body: () => Promise<number>, hint?: string): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError || !isExpected(error)) throw error;
    printLine(ctx.stderr, `Error: ${errorText(error)}${hint ? `\n${hint}` : ""}`);
    return EXIT_FAILED;
  }
}

function isExpected(error: unknown): boolean {
  return error instanceof Error && typeof (error as { code?: unknown }).code === "string";
}
