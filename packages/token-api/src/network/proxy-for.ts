import { isLoopbackHostname } from "@dbcfg/pat";
import { findNoProxyMatch, parseNoProxy } from "./no-proxy.js";
import { maskProxyUrl, parseProxyUrl } from "./proxy-url.js";
import { PROXY_VARIABLES, readProxySetting, type NetworkEnv, type ProxyVariable } from "./proxy-variables.js";

/** A proxy applies: `proxyUrl` is the parsed URL (credentials included: never print it; print `maskedUrl`). */
export interface ProxyRoute {
  proxyUrl: string;
  maskedUrl: string;
  source: ProxyVariable;
}

/** A proxy variable is set but this host is not proxied, and why. */
export interface ProxyExclusion {
  excludedBy: string;
  /** The proxy that would have applied. */
  maskedUrl: string;
  source: ProxyVariable;
}

/** What {@link proxyFor} decides for one URL: a route, an exclusion, or `undefined` (no proxy variable applies). */
export type ProxyDecision = ProxyRoute | ProxyExclusion | undefined;

/**
 * The one proxy rule of dbcfg, shared by the network fetch and the doctor: Go's
 * (golang.org/x/net/http/httpproxy `ProxyFunc`, used by the Databricks CLI and Terraform):
 *
 * - `https:` URLs use `HTTPS_PROXY`, `http:` URLs `HTTP_PROXY` (no fallback from one to the
 *   other); the UPPER-case spelling wins over the lower-case one; empty means unset;
 * - `localhost` and loopback IPs are never proxied;
 * - `NO_PROXY` as {@link parseNoProxy} reads it.
 *
 * Throws `ProxyConfigError` when the variable that applies is not a usable proxy URL.
 */
export function proxyFor(url: string | URL, env: NetworkEnv): ProxyDecision {
  const target = typeof url === "string" ? new URL(url) : url;
  const https = target.protocol === "https:";
  const setting = readProxySetting(env, https ? PROXY_VARIABLES.https : PROXY_VARIABLES.http);
  if (!setting) return undefined;
  const proxy = parseProxyUrl(setting.name, setting.value);
  const maskedUrl = maskProxyUrl(proxy);
  const hostname = target.hostname.replace(/^\[|\]$/g, "");
  if (isLoopbackHostname(hostname) || hostname === "::1")
    return { excludedBy: `${hostname} is a loopback host, which is never proxied`, maskedUrl, source: setting.name };
  const port = target.port || (https ? "443" : "80");
  const noProxy = readProxySetting(env, PROXY_VARIABLES.noProxy);
  const entry = noProxy ? findNoProxyMatch(parseNoProxy(noProxy.value), hostname, port) : undefined;
  if (entry !== undefined && noProxy) return { excludedBy: `${noProxy.name} entry "${entry}"`, maskedUrl, source: setting.name };
  return { proxyUrl: proxy.href, maskedUrl, source: setting.name };
}

/** True when {@link proxyFor} decided to proxy. */
export function isProxyRoute(decision: ProxyDecision): decision is ProxyRoute {
  return decision !== undefined && "proxyUrl" in decision;
}
