/** What Go's `fixHostIfNeeded` makes of a host. */
export type GoHostFix = { host: string; workspaceId?: string; accountId?: string } | { error: "no host configured" };

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s;

interface GoUrl {
  scheme: string;
  host: string;
  query: string;
}

/** The parts of Go's `url.Parse` that matter here; `host` is "" when there is no `//authority`. */
function parseGoUrl(raw: string): GoUrl {
  const match = SCHEME.exec(raw);
  if (!match || !match[2]!.startsWith("//")) return { scheme: match?.[1] ?? "", host: "", query: "" };
  const rest = match[2]!.slice(2);
  const end = rest.search(/[/?#]/);
  const authority = end === -1 ? rest : rest.slice(0, end);
  const tail = end === -1 ? "" : rest.slice(end);
  const query = tail.includes("?") ? tail.slice(tail.indexOf("?") + 1).split("#")[0]! : "";
  return { scheme: match[1]!, host: authority.slice(authority.lastIndexOf("@") + 1), query };
}

function hostname(host: string): string {
  if (host.startsWith("[")) return host.slice(1, Math.max(host.indexOf("]"), 1));
  const colon = host.lastIndexOf(":");
  return colon === -1 ? host : host.slice(0, colon);
}

const NUMERIC = /^\d+$/;

/**
 * Go `fixHostIfNeeded`: reparse with `https://` when there is no authority, keep only
 * `scheme://host[:port]` (the port stays, `:443` included), and promote `?w=`/numeric `?o=` /
 * `?workspace_id=` to the workspace id and `?a=`/`?account_id=` to the account id.
 */
export function fixHostGo(raw: string): GoHostFix {
  let url = parseGoUrl(raw);
  if (url.host === "") url = parseGoUrl(`https://${raw}`);
  if (hostname(url.host) === "") return { error: "no host configured" };
  const params = new URLSearchParams(url.query);
  const o = params.get("o") ?? "";
  const workspaceIdParam = params.get("workspace_id") ?? "";
  const workspaceId = params.get("w") || (NUMERIC.test(o) ? o : "") || (NUMERIC.test(workspaceIdParam) ? workspaceIdParam : "");
  const accountId = params.get("a") || params.get("account_id") || "";
  return {
    host: `${url.scheme.toLowerCase()}://${url.host}`,
    ...(workspaceId ? { workspaceId } : {}),
    ...(accountId ? { accountId } : {}),
  };
}
