import type { Dispatcher, fetch as undiciFetch } from "undici";
import { findErrorCode, innermostMessage } from "../classify-error.js";
import { CA_BUNDLE_VARIABLES, loadTrustedCaCertificates } from "./ca-bundle.js";
import { isProxyRoute, proxyFor, type ProxyRoute } from "./proxy-for.js";
import type { NetworkEnv } from "./proxy-variables.js";

/** Options of {@link createNetworkFetch}. */
export interface NetworkFetchOptions {
  /** The environment to read proxy and CA variables from (the CLI passes its own `env`). */
  env: NetworkEnv;
}

interface Dispatchers {
  fetch: typeof undiciFetch;
  direct: Dispatcher;
  viaProxy(proxyUrl: string): Dispatcher;
}

/**
 * A `fetch` that routes each request as {@link proxyFor} decides (HTTPS_PROXY, HTTP_PROXY,
 * NO_PROXY, Go's rules) and trusts Node's default roots plus the certificates named by
 * NODE_EXTRA_CA_CERTS, SSL_CERT_FILE and REQUESTS_CA_BUNDLE. Proxied requests go through undici's
 * `ProxyAgent` (an HTTP CONNECT tunnel; `user:password@` in the proxy URL is sent as
 * `Proxy-Authorization: Basic`, https://undici.nodejs.org/#/docs/api/ProxyAgent.md) with undici's
 * own `fetch`, so dispatcher and fetch come from one version. A request with no proxy and no extra
 * CA uses the global fetch unchanged. undici loads on the first request that needs it, never
 * before. A failure through a proxy says so, naming the proxy with its password masked.
 */
export function createNetworkFetch(options: NetworkFetchOptions): typeof fetch {
  const env = options.env;
  let dispatchers: Promise<Dispatchers> | undefined;
  const load = (): Promise<Dispatchers> => (dispatchers ??= loadDispatchers(env));
  const networkFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === "object" && "url" in input ? input.url : String(input));
    const decision = proxyFor(url, env);
    const route = isProxyRoute(decision) ? decision : undefined;
    if (!route && !hasCaVariable(env)) return globalThis.fetch(input, init);
    const loaded = await load();
    const dispatcher = route ? loaded.viaProxy(route.proxyUrl) : loaded.direct;
    try {
      const response = await loaded.fetch(
        input as Parameters<typeof loaded.fetch>[0],
        { ...(init as object), dispatcher } as Parameters<typeof loaded.fetch>[1],
      );
      return response as unknown as Response;
    } catch (error) {
      throw route && !init?.signal?.aborted ? failedThroughProxy(error, route) : error;
    }
  };
  return networkFetch as typeof fetch;
}

function hasCaVariable(env: NetworkEnv): boolean {
  return CA_BUNDLE_VARIABLES.some((variable) => variable.usedByDbcfg && Boolean(env[variable.name]?.trim()));
}

async function loadDispatchers(env: NetworkEnv): Promise<Dispatchers> {
  const [undici, ca] = await Promise.all([import("undici"), loadTrustedCaCertificates(env)]);
  const tls = ca ? { ca } : {};
  const direct = new undici.Agent({ connect: tls });
  const proxies = new Map<string, Dispatcher>();
  return {
    fetch: undici.fetch,
    direct,
    viaProxy(proxyUrl) {
      let agent = proxies.get(proxyUrl);
      if (!agent) proxies.set(proxyUrl, (agent = new undici.ProxyAgent({ uri: proxyUrl, requestTls: tls, proxyTls: tls })));
      return agent;
    },
  };
}

/**
 * The error of a request that failed through a proxy: still `TypeError: fetch failed` with the
 * system error `code` (so callers classify it as before), its message naming the proxy (masked)
 * and the variable it came from. A refused tunnel (`407`, `403`, …) gets its own code.
 */
function failedThroughProxy(error: unknown, route: ProxyRoute): Error {
  const detail = innermostMessage(error);
  const tunnelStatus = /Proxy response \((\d{3})\)/.exec(detail)?.[1];
  const where = `the proxy ${route.maskedUrl} (from ${route.source})`;
  if (tunnelStatus) {
    const hint =
      tunnelStatus === "407"
        ? `${where} requires credentials (407 Proxy Authentication Required): write them into ${route.source} as http://user:password@host:port`
        : `${where} refused the tunnel (${tunnelStatus})`;
    return new TypeError("fetch failed", { cause: Object.assign(new Error(hint), { code: tunnelStatus === "407" ? "PROXY_AUTH_REQUIRED" : "PROXY_REFUSED" }) });
  }
  const code = findErrorCode(error);
  return new TypeError("fetch failed", { cause: Object.assign(new Error(`${detail}, through ${where}`), code ? { code } : {}) });
}
