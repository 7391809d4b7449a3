import { readFile, writeFile } from "node:fs/promises";
import { z } from "zod";
import { CliError } from "../../cli/cli-error.js";

/** A baseline file: fingerprints of known tokens (already revoked, or accepted) that scan ignores. */
const baselineSchema = z.object({
  schemaVersion: z.literal(1),
  fingerprints: z.array(z.string().regex(/^[0-9a-f]{64}$/, "must be a 64-character hex fingerprint")),
});

export class BaselineError extends CliError {
  constructor(message: string) {
    super("baseline-invalid", message);
  }
}

/** The fingerprints of baseline `path`; a missing file is empty only when it is about to be written. */
export async function readBaseline(path: string, missingIsEmpty: boolean): Promise<Set<string>> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" && missingIsEmpty) return new Set();
    throw new BaselineError(`cannot read the baseline ${path}: ${(error as Error).message}. Create it with --update-baseline.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`the baseline ${path} is not JSON: ${(error as Error).message}`);
  }
  const parsed = baselineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BaselineError(`the baseline ${path} is invalid at ${issue.path.join(".") || "the top level"}: ${issue.message}`);
  }
  return new Set(parsed.data.fingerprints);
}

/** Writes every fingerprint of `fingerprints`, sorted, one per line of the JSON array (diff-friendly). */
export async function writeBaseline(path: string, fingerprints: Iterable<string>): Promise<void> {
  const sorted = [...new Set(fingerprints)].sort();
  await writeFile(path, JSON.stringify({ schemaVersion: 1, fingerprints: sorted }, null, 2) + "\n", { mode: 0o644 });
}
