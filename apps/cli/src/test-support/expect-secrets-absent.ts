import { expect } from "vitest";
import type { CliRun } from "./run-built-cli.js";

/** Asserts that no secret (from its fifth character on, so a redacted `dapi…1a2b` may remain) reached stdout or stderr. */
export function expectSecretsAbsent(run: CliRun, ...secrets: string[]): void {
  for (const secret of secrets) {
    expect(run.stdout).not.toContain(secret.slice(4));
    expect(run.stderr).not.toContain(secret.slice(4));
  }
}
