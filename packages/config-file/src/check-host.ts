export interface Finding {
  code: string;
  severity: "error" | "warning" | "info";
  message: string;
}

const ACCOUNT_HOST = /^https?:\/\/accounts(-dod)?\./i;

/** True for an account-console host (`https://accounts.…`, `https://accounts-dod.…`). */
export function isAccountHost(host: string): boolean {
  return ACCOUNT_HOST.test(host.includes("://") ? host : `https://${host}`);
}

/**
 * What is wrong with a `host` value: it must be `https://<hostname>[:port]` with no path, query,
 * fragment or credentials. Go drops a path and query (promoting `?o=`), Python keeps them and then
 * builds broken request URLs, so the only spelling every SDK reads alike is the bare origin.
 */
export function checkHost(host: string): Finding[] {
  if (host === "") return [];
  const findings: Finding[] = [];
  const hasScheme = host.includes("://");
  let url: URL;
  try {
    url = new URL(hasScheme ? host : `https://${host}`);
  } catch {
    return [{ code: "host-invalid", severity: "error", message: "The host is not a valid URL. Write it as https://<workspace-hostname>, e.g. https://dbc-1234abcd-5678.cloud.databricks.com." }];
  }
  const origin = `https://${url.host}`;
  if (!hasScheme) {
    findings.push({ code: "host-missing-scheme", severity: "warning",
      message: `The host has no scheme; the SDKs prepend https://. Write it as ${origin}.` });
  }
  if (url.protocol !== "https:") {
    findings.push({ code: "host-not-https", severity: "error",
      message: `The host uses ${url.protocol.replace(/:$/, "")}:// but Databricks serves its API over https only, and a token sent over plain http can be read on the way. Use ${origin}.` });
  }
  if (url.hostname === "") {
    findings.push({ code: "host-invalid", severity: "error", message: "The host has no hostname. Write it as https://<workspace-hostname>." });
  }
  if (url.username !== "" || url.password !== "") {
    findings.push({ code: "host-has-credentials", severity: "error",
      message: `The host URL carries a user name or password. Remove them (use token = … for credentials): ${origin}.` });
  }
  if (url.pathname !== "/" && url.pathname !== "") {
    findings.push({ code: "host-has-path", severity: "warning",
      message: `The host has a path. Go drops it, but Python keeps it and sends API calls to the wrong URL. Use just ${origin}.` });
  }
  if (url.search !== "") {
    const workspaceId = url.searchParams.get("o");
    const hint = workspaceId !== null && /^\d+$/.test(workspaceId)
      ? ` "?o=${workspaceId}" is the workspace id the browser adds to workspace URLs; Go copies it into workspace_id, Python keeps it in the host and builds broken request URLs. Write host = ${origin} and, if you need it, workspace_id = ${workspaceId}.`
      : ` Go drops the query, Python keeps it and builds broken request URLs. Use ${origin}.`;
    findings.push({ code: "host-has-query", severity: "warning", message: `The host has a query string.${hint}` });
  }
  return findings;
}
