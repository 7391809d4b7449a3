import { ENVIRONMENTS } from "@dbcfg/unified-auth";
import { isLoopbackHttp } from "../../io/loopback.js";

/** Cloud of a workspace host, from the SDKs' DNS-zone table (`@dbcfg/unified-auth` `ENVIRONMENTS`). */
export type Cloud = "AWS" | "Azure" | "GCP";

export interface HostProblem {
  severity: "warn" | "fail";
  code: "empty" | "whitespace" | "credentials" | "no-scheme" | "insecure-scheme" | "bad-scheme" | "unparseable" | "trailing-slash" | "path" | "query" | "unknown-domain";
  message: string;
}

/** What the doctor knows about one `host` value. */
export interface HostAnalysis {
  problems: HostProblem[];
  /** `scheme://host[:port]`, what every SDK ends up calling; undefined when unusable. */
  normalized?: string;
  /** A workspace id carried by `?o=` / `?workspace_id=`, to move into `workspace_id`. */
  workspaceId?: string;
  hostname?: string;
  cloud?: Cloud;
  isAccount: boolean;
  /** 127.0.0.1, ::1 or localhost (a local emulator): plain http is allowed there and only there. */
  loopback: boolean;
}

/** Checks a host value against what the Go, Python and JS SDKs each make of it (P1 and P5). */
export function analyzeHost(raw: string): HostAnalysis {
  const problems: HostProblem[] = [];
  const value = raw.trim();
  if (value === "") return { problems: [{ severity: "fail", code: "empty", message: "host is empty" }], isAccount: false, loopback: false };
  if (/\s/.test(value)) problems.push({ severity: "fail", code: "whitespace", message: `host "${value}" contains whitespace` });
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
  let url: URL;
  try {
    url = new URL(hasScheme ? value : `https://${value}`);
  } catch {
    return { problems: [...problems, { severity: "fail", code: "unparseable", message: `host "${value}" is not a URL` }], isAccount: false, loopback: false };
  }
  if (url.username !== "" || url.password !== "") {
    problems.push({ severity: "fail", code: "credentials", message: "host carries a user name or password (user:secret@host): the SDKs never use it, and it ends up in logs and error messages" });
  }
  const hostname = url.hostname.toLowerCase();
  const loopback = isLoopbackHttp(`http://${url.host}`);
  const scheme = url.protocol.slice(0, -1);
  if (!hasScheme) {
    problems.push({ severity: "warn", code: "no-scheme", message: `host has no scheme; the SDKs add https://, but \`databricks configure\`, Terraform and several tools reject it` });
  } else if (scheme === "http" && !loopback) {
    problems.push({ severity: "fail", code: "insecure-scheme", message: "host uses http://: the token would travel unencrypted, and the CLI rejects it (must start with https://)" });
  } else if (scheme !== "https" && scheme !== "http") {
    problems.push({ severity: "fail", code: "bad-scheme", message: `host uses the ${scheme}:// scheme; only https:// works` });
  }
  const path = url.pathname;
  if (path === "/" && value.endsWith("/") && url.search === "") {
    problems.push({ severity: "warn", code: "trailing-slash", message: "host ends with a slash; some tools then build URLs with `//api/…`" });
  } else if (path !== "/" && path !== "") {
    problems.push({ severity: "warn", code: "path", message: `host has the path "${path}"; Go drops it but Python keeps it and calls ${url.host}${path}/api/…, which answers with a login page or 404` });
  }
  const workspaceId = url.searchParams.get("o") ?? url.searchParams.get("workspace_id") ?? undefined;
  if (url.search !== "") {
    problems.push({ severity: "warn", code: "query", message: `host carries the query "${url.search}"; Go moves ?o= into workspace_id, Python and JS keep it in every URL and get the login page` });
  }
  const cloud = ENVIRONMENTS.find((environment) => hostname.endsWith(environment.dnsZone))?.cloud;
  const isAccount = hostname.startsWith("accounts.") || hostname.startsWith("accounts-dod.");
  if (!cloud && !loopback && !isAccount) {
    problems.push({ severity: "warn", code: "unknown-domain", message: `${hostname} is not a known Databricks domain; the SDKs will assume AWS (fine for private or custom domains, wrong for Azure/GCP)` });
  }
  const normalized = `${loopback ? scheme : scheme === "http" ? "https" : scheme}://${url.host}`;
  return { problems, normalized, ...(workspaceId && /^\d+$/.test(workspaceId) ? { workspaceId } : {}), hostname, ...(cloud ? { cloud } : {}), isAccount, loopback };
}

const UNSAFE_TO_FIX = new Set<HostProblem["code"]>(["insecure-scheme", "bad-scheme", "whitespace", "unparseable", "empty", "credentials"]);
const FIXABLE = new Set<HostProblem["code"]>(["no-scheme", "trailing-slash", "path", "query"]);

/** Whether `--fix` may rewrite this host to `normalized`: only shape problems, never a scheme change or a credential. */
export function isSafelyFixable(analysis: HostAnalysis): boolean {
  const codes = analysis.problems.map((p) => p.code);
  return analysis.normalized !== undefined && !codes.some((c) => UNSAFE_TO_FIX.has(c)) && codes.some((c) => FIXABLE.has(c));
}
