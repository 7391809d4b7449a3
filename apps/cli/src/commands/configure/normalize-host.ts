import { checkHost } from "@dbcfg/config-file";
import { isLoopbackHttp } from "../../io/loopback.js";
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
 * `https://<hostname>[:port]`, the one spelling every SDK reads alike. A `?o=` id is kept as
 * `workspace_id` (the Databricks CLI drops it). Plain `http://` is refused except on loopback,
 * which local emulators use; credentials in the URL are refused.
 */
export function normalizeHost(input: string): NormalizedHost {
  const raw = input.trim();
  if (raw === "") throw new HostError("the host is empty. Write it as https://<workspace-hostname>.");
  const withScheme = raw.includes("://") ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new HostError(`"${raw}" is not a valid URL. Write it as https://<workspace-hostname>, e.g. https://dbc-1234abcd-5678.cloud.databricks.com.`);
  }
  const loopbackHttp = isLoopbackHttp(withScheme);
  for (const finding of checkHost(withScheme)) {
    if (finding.severity === "error" && !(loopbackHttp && finding.code === "host-not-https")) throw new HostError(finding.message);
  }
  const notes: string[] = [];
  const workspaceId = url.searchParams.get("o") ?? undefined;
  if (url.search !== "" || url.hash !== "" || (url.pathname !== "/" && url.pathname !== "")) {
    notes.push(`Kept only ${url.protocol}//${url.host} of "${raw}" (the SDKs read a path or query differently).`);
  }
  if (workspaceId !== undefined && /^\d+$/.test(workspaceId)) {
    notes.push(`Wrote ?o=${workspaceId} as workspace_id = ${workspaceId}.`);
    return { host: `${url.protocol}//${url.host}`, workspaceId, notes };
  }
  return { host: `${url.protocol}//${url.host}`, notes };
}
