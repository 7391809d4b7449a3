import type { Socket } from "node:net";
import type { ProxyRoute } from "@dbcfg/token-api/network";

/**
 * Opens an HTTP CONNECT tunnel (RFC 9110 §9.3.6) through the proxy of `route` to `host:port`, with
 * `Proxy-Authorization` from the proxy URL's credentials, as undici's ProxyAgent does for the
 * fetch. Rejects with a `PROXY_STATUS_<n>` code when the proxy answers other than 200.
 */
export async function openProxyTunnel(route: ProxyRoute, host: string, port: number, ca: string[] | undefined, signal: AbortSignal): Promise<Socket> {
  const { proxyAuthorization } = await import("@dbcfg/token-api/network");
  const proxy = new URL(route.proxyUrl);
  const { request } = proxy.protocol === "https:" ? await import("node:https") : await import("node:http");
  const authority = `${host.includes(":") ? `[${host}]` : host}:${port}`;
  const authorization = proxyAuthorization(proxy);
  return new Promise<Socket>((resolve, reject) => {
    const connectRequest = request({
      method: "CONNECT",
      host: proxy.hostname.replace(/^\[|\]$/g, ""),
      port: proxy.port || (proxy.protocol === "https:" ? 443 : 80),
      path: authority,
      headers: { host: authority, ...(authorization ? { "proxy-authorization": authorization } : {}) },
      signal,
      ...(proxy.protocol === "https:" && ca ? { ca } : {}),
    });
    connectRequest.once("connect", (response, socket) => {
      if (response.statusCode === 200) return resolve(socket);
      socket.destroy();
      reject(
        Object.assign(new Error(`the proxy answered ${response.statusCode} ${response.statusMessage ?? ""}`.trim()), {
          code: `PROXY_STATUS_${response.statusCode}`,
        }),
      );
    });
    connectRequest.once("error", reject);
    connectRequest.end();
  });
}
