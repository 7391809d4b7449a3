import { isLoopbackHostname } from "@dbcfg/pat";

/** Stable codes of what can be wrong with a `host` value (also the `@dbcfg/config-file` diagnostic codes). */
export type HostFindingCode =
  | "host-empty"
  | "host-whitespace"
  | "host-invalid"
  | "host-has-credentials"
  | "host-missing-scheme"
  | "host-not-https"
  | "host-trailing-slash"
  | "host-has-path"
  | "host-has-query"
  | "host-has-fragment";

/** One problem of a host or token value. `error`: at least one SDK fails or misreads it; `warning`: likely wrong. */
export interface Finding {
  code: string;
  severity: "error" | "warning" | "info";
  /** Starts with the key ("host …", "token …"), no final period; never contains a secret. */
  message: string;
}

export interface HostFinding extends Finding {
  code: HostFindingCode;
}

/** What to write instead of a host value that has shape problems. */
export interface HostFix {
  /** `https://<hostname>[:port]` (`http://` only for loopback, see `isLoopbackHttpAllowed`). */
  host: string;
  /** The workspace id of a `?o=` / `?workspace_id=` query, to write as `workspace_id`. */
  workspaceId?: string;
  /**
   * True when only the spelling changes (scheme added; trailing slash, path, query, fragment
   * dropped): safe to apply without asking. Never true for a scheme change, credentials,
   * whitespace or an unparseable value.
   */
  safe: boolean;
}

/** Everything dbcfg knows about one `host` value, without any network access. */
export interface HostAnalysis {
  findings: HostFinding[];
  /** `scheme://hostname[:port]`, the origin every SDK ends up calling; absent when the value is unusable. */
  normalized?: string;
  /** Lower-case host name, when the value parses. */
  hostname?: string;
  /** `accounts.` / `accounts-dod.` host: the account console, not a workspace. */
  isAccount: boolean;
  /** Plain `http://` on a loopback host, which dbcfg accepts (a local emulator). */
  loopback: boolean;
  /** What to write instead; absent when the value has no problem or cannot be repaired. */
  fix?: HostFix;
}

const SHAPE_ONLY = new Set<HostFindingCode>(["host-missing-scheme", "host-trailing-slash", "host-has-path", "host-has-query", "host-has-fragment"]);
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Checks a `host` value against what the Go, Python and JS SDKs each make of it. The only
 * spelling they all read alike is the bare origin `https://<hostname>[:port]`: the Go SDK drops a
 * path and moves `?o=` into `workspace_id`, the Python SDK keeps both and builds broken request
 * URLs (databricks-sdk-go config/config.go `fixHostIfNeeded`; databricks-sdk-py
 * databricks/sdk/config.py `_fix_host_if_needed`).
 */
export function analyzeHost(raw: string): HostAnalysis {
  const findings: HostFinding[] = [];
  const value = raw.trim();
  if (value === "") return { findings: [{ code: "host-empty", severity: "error", message: "host is empty" }], isAccount: false, loopback: false };
  const hasScheme = SCHEME.test(value);
  let url: URL;
  try {
    url = new URL(hasScheme ? value : `https://${value}`);
  } catch {
    return {
      findings: [
        {
          code: "host-invalid",
          severity: "error",
          message: `host "${value}" is not a valid URL; write it as https://<workspace-hostname>, e.g. https://dbc-1234abcd-5678.cloud.databricks.com`,
        },
      ],
      isAccount: false,
      loopback: false,
    };
  }
  if (/\s/.test(value)) findings.push({ code: "host-whitespace", severity: "error", message: `host "${value}" contains whitespace` });
  const hostname = url.hostname.toLowerCase();
  if (hostname === "") {
    findings.push({ code: "host-invalid", severity: "error", message: "host has no hostname; write it as https://<workspace-hostname>" });
    return { findings, isAccount: false, loopback: false };
  }
  const scheme = url.protocol.slice(0, -1);
  const loopback = scheme === "http" && isLoopbackHostname(hostname);
  const normalized = `${loopback ? "http" : "https"}://${url.host}`;
  if (url.username !== "" || url.password !== "") {
    findings.push({
      code: "host-has-credentials",
      severity: "error",
      message:
        "host carries a user name or password (user:secret@host): the SDKs never use it, and it ends up in logs and error messages; put credentials in token = … instead",
    });
  }
  if (!hasScheme) {
    findings.push({
      code: "host-missing-scheme",
      severity: "warning",
      message: "host has no scheme; the SDKs add https://, but `databricks configure`, Terraform and several tools reject it",
    });
  } else if (scheme === "http" && !loopback) {
    findings.push({
      code: "host-not-https",
      severity: "error",
      message: "host uses http://: the token would travel unencrypted, and the CLI rejects it (must start with https://)",
    });
  } else if (scheme !== "https" && scheme !== "http") {
    findings.push({ code: "host-not-https", severity: "error", message: `host uses the ${scheme}:// scheme; only https:// works` });
  }
  const workspaceId = url.searchParams.get("o") ?? url.searchParams.get("workspace_id") ?? undefined;
  const numericWorkspaceId = workspaceId !== undefined && /^\d+$/.test(workspaceId) ? workspaceId : undefined;
  if (url.pathname === "/" && value.replace(/[?#].*$/, "").endsWith("/") && url.search === "" && url.hash === "") {
    findings.push({ code: "host-trailing-slash", severity: "warning", message: "host ends with a slash; some tools then build URLs with `//api/…`" });
  } else if (url.pathname !== "/" && url.pathname !== "") {
    findings.push({
      code: "host-has-path",
      severity: "warning",
      message: `host has the path "${url.pathname}"; Go drops it but Python keeps it and calls ${url.host}${url.pathname}/api/…, which answers with a login page or 404`,
    });
  }
  if (url.search !== "") {
    const moved = numericWorkspaceId ? `; write host = ${normalized} and workspace_id = ${numericWorkspaceId}` : "";
    findings.push({
      code: "host-has-query",
      severity: "warning",
      message: `host carries the query "${url.search}"; Go moves ?o= into workspace_id, Python and JS keep it in every URL and get the login page${moved}`,
    });
  }
  if (url.hash !== "") {
    findings.push({
      code: "host-has-fragment",
      severity: "warning",
      message: `host carries the fragment "${url.hash}", which is part of no API URL; the SDKs read it differently`,
    });
  }
  const isAccount = hostname.startsWith("accounts.") || hostname.startsWith("accounts-dod.");
  const analysis: HostAnalysis = { findings, normalized, hostname, isAccount, loopback };
  if (findings.length > 0) {
    const safe = findings.every((f) => SHAPE_ONLY.has(f.code));
    analysis.fix = { host: normalized, ...(numericWorkspaceId ? { workspaceId: numericWorkspaceId } : {}), safe };
  }
  return analysis;
}

/** True for an account-console host (`https://accounts.…`, `https://accounts-dod.…`, with or without scheme). */
export function isAccountHost(host: string): boolean {
  return analyzeHost(host).isAccount;
}

/** The findings of {@link analyzeHost}; none for an empty value (reported as an empty value elsewhere). */
export function checkHost(host: string): HostFinding[] {
  return host === "" ? [] : analyzeHost(host).findings;
}
