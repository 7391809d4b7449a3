import { redactSecrets } from "@dbcfg/pat";
import type { ProxyVariable } from "./proxy-variables.js";

/** A proxy variable whose value is not a usable proxy URL. */
export class ProxyConfigError extends Error {
  readonly code = "PROXY_CONFIG";
  constructor(
    readonly variable: ProxyVariable,
    message: string,
  ) {
    super(message);
    this.name = "ProxyConfigError";
  }
}

/** The schemes undici's ProxyAgent speaks to a proxy (Go also accepts socks5, which dbcfg does not). */
const SUPPORTED_SCHEMES = new Set(["http:", "https:"]);

/**
 * A proxy variable's value as a URL. As Go's `parseProxy` (golang.org/x/net/http/httpproxy), a
 * value without a scheme (`proxy.corp:3128`) means `http://proxy.corp:3128`. Throws a
 * {@link ProxyConfigError} naming the variable and the masked value when it is not a URL or uses
 * a scheme undici cannot use.
 */
export function parseProxyUrl(variable: ProxyVariable, value: string): URL {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new ProxyConfigError(variable, `${variable}=${maskProxyText(value)} is not a proxy URL; write it as http://host:port`);
  }
  if (!SUPPORTED_SCHEMES.has(url.protocol))
    throw new ProxyConfigError(
      variable,
      `${variable}=${maskProxyUrl(url)} uses ${url.protocol.slice(0, -1)}://, which dbcfg cannot use; write an http:// or https:// proxy URL`,
    );
  if (url.hostname === "") throw new ProxyConfigError(variable, `${variable}=${maskProxyText(value)} names no proxy host; write it as http://host:port`);
  return url;
}

/**
 * A proxy URL fit to print: the password replaced by `***` (as `@dbcfg/pat` `redactSecrets` writes
 * URL credentials), the user name kept so the user can tell which account is configured, no
 * trailing slash, and any token-shaped text redacted.
 */
export function maskProxyUrl(url: URL): string {
  const user = url.username ? `${url.username}${url.password ? ":***" : ""}@` : "";
  const path = url.pathname === "/" ? "" : url.pathname;
  return redactSecrets(`${url.protocol}//${user}${url.host}${path}`);
}

/** Masks `user:password@` in text that may not parse as a URL. */
export function maskProxyText(text: string): string {
  return redactSecrets(text.replace(/\/\/([^/@:]*):[^/@]*@/, "//$1:***@").replace(/^([^/@:]*):[^/@]*@/, "$1:***@"));
}

/** The `Proxy-Authorization` value for credentials in a proxy URL (Basic, RFC 9110 §11.7.1), as undici's ProxyAgent sends it. */
export function proxyAuthorization(url: URL): string | undefined {
  if (!url.username && !url.password) return undefined;
  return `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString("base64")}`;
}
