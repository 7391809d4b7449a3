export type PythonHostFix = { host: string } | { error: string };

const SCHEME_CHARS = /^[A-Za-z][A-Za-z0-9+.-]*$/;

/**
 * Python `_fix_host_if_needed` (`_base_client.py`): prepend `https://` when `://` is missing,
 * right-strip `/` from the path, drop a `:443` port; path, params, query and fragment are kept.
 * Follows `urllib.parse.urlparse`/`urlunparse` of CPython 3.11.
 */
export function fixHostPython(input: string): PythonHostFix {
  const raw = input.includes("://") ? input : `https://${input}`;
  let rest = raw;
  let scheme = "";
  const colon = rest.indexOf(":");
  if (colon > 0 && SCHEME_CHARS.test(rest.slice(0, colon))) {
    scheme = rest.slice(0, colon).toLowerCase();
    rest = rest.slice(colon + 1);
  }
  let netloc = "";
  if (rest.startsWith("//")) {
    const end = rest.slice(2).search(/[/?#]/);
    netloc = end === -1 ? rest.slice(2) : rest.slice(2, end + 2);
    rest = end === -1 ? "" : rest.slice(end + 2);
  }
  let fragment = "";
  let query = "";
  if (rest.includes("#")) [rest, fragment] = [rest.slice(0, rest.indexOf("#")), rest.slice(rest.indexOf("#") + 1)];
  if (rest.includes("?")) [rest, query] = [rest.slice(0, rest.indexOf("?")), rest.slice(rest.indexOf("?") + 1)];
  let path = rest;
  let params = "";
  const semicolon = path.includes("/") ? path.indexOf(";", path.lastIndexOf("/")) : path.indexOf(";");
  if (semicolon !== -1) [path, params] = [path.slice(0, semicolon), path.slice(semicolon + 1)];
  path = path.replace(/\/+$/, "");

  const hostPort = netloc.slice(netloc.lastIndexOf("@") + 1);
  const portText = hostPort.startsWith("[")
    ? hostPort.slice(hostPort.indexOf("]") + 1).replace(/^:/, "")
    : hostPort.includes(":")
      ? hostPort.slice(hostPort.lastIndexOf(":") + 1)
      : "";
  if (portText !== "") {
    if (!/^[0-9]+$/.test(portText)) return { error: `Port could not be cast to integer value as ${JSON.stringify(portText).replace(/^"|"$/g, "'")}` };
    const port = Number(portText);
    if (port > 65535) return { error: "Port out of range 0-65535" };
    if (port === 443) netloc = netloc.split(":")[0]!;
  }

  let url = path;
  if (params) url = `${url};${params}`;
  if (netloc || scheme) {
    if (url && !url.startsWith("/")) url = `/${url}`;
    url = `//${netloc}${url}`;
  }
  if (scheme) url = `${scheme}:${url}`;
  if (query) url = `${url}?${query}`;
  if (fragment) url = `${url}#${fragment}`;
  return { host: url };
}
