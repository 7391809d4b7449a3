import { analyzeHost } from "@dbcfg/config-file";
import { CliError } from "../../cli/cli-error.js";

/** A host as `configure` writes it: the bare origin, plus what was moved or dropped and why. */
export interface NormalizedHost {
  host: string;
  /** The `?o=` workspace id of a URL copied from the browser, moved into `workspace_id`. */
  workspaceId?: string;
  notes: string[];
}

/** Thrown for a host that cannot be written; says what is wrong and what to type instead. */
export class HostError extends CliError {
  constructor(message: string) {
    super("invalid-host", message);
  }
}

/**
 * Normalises what a user typed or pasted (`adb-1.2.azuredatabricks.net/?o=1#`, `https://x/`) to
 * `https://<hostname>[:port]`, the one spelling every SDK reads alike, with `@dbcfg/config-file`
 * `analyzeHost`. A `?o=` id is kept as `workspace_id` (the Databricks CLI drops it). Anything the
 * analyser calls an error is refused (plain `http://` off loopback, credentials, no hostname).
 */
export function normalizeHost(input: string): NormalizedHost {
  const raw = input.trim();
  const analysis = analyzeHost(raw);
  const error = analysis.findings.find((f) => f.severity === "error");
  if (error || analysis.normalized === undefined) throw new HostError(`The ${error?.message ?? `host "${raw}" is not usable`}.`);
  const notes: string[] = [];
  const fix = analysis.fix;
  if (fix && analysis.findings.some((f) => f.code !== "host-missing-scheme" && f.code !== "host-trailing-slash")) {
    notes.push(`Kept only ${fix.host} of "${raw}" (the SDKs read a path or query differently).`);
  }
  if (fix?.workspaceId !== undefined) {
    notes.push(`Wrote ?o=${fix.workspaceId} as workspace_id = ${fix.workspaceId}.`);
    return { host: analysis.normalized, workspaceId: fix.workspaceId, notes };
  }
  return { host: analysis.normalized, notes };
}
