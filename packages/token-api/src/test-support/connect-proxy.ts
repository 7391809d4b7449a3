import { createServer, type IncomingMessage } from "node:http";
import { connect, type Socket } from "node:net";
import { isLoopbackHostname } from "@dbcfg/pat";

/** Options of {@link startConnectProxy}. */
export interface ConnectProxyOptions {
  /**
   * Names only the proxy resolves, e.g. `{"workspace.dbcfg.test": "127.0.0.1"}`: a request for such
   * a name can succeed only through the proxy. Any other target must be a loopback address.
   */
  hosts?: Readonly<Record<string, string>>;
  /** When given, tunnels need `Proxy-Authorization: Basic` with these; others get 407. */
  credentials?: { user: string; password: string };
}

/** A running test proxy. */
export interface ConnectProxy {
  /** `http://127.0.0.1:<port>`, without credentials. */
  readonly url: string;
  readonly port: number;
  /** Every CONNECT target the proxy opened a tunnel to (`host:port`), in order. */
  readonly tunnels: readonly string[];
  /** CONNECT requests answered 407 (missing or wrong credentials). */
  readonly refusedForCredentials: number;
  /** `url` with `user:password@` in it. */
  urlWithCredentials(user: string, password: string): string;
  close(): Promise<void>;
}

/**
 * An HTTP CONNECT proxy on 127.0.0.1 (RFC 9110 §9.3.6), for tests: it tunnels to the names in
 * `hosts` and to loopback addresses only, never anywhere else (502), and records each tunnel, so a
 * test can prove traffic went through it.
 */
export async function startConnectProxy(options: ConnectProxyOptions = {}): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  let refusedForCredentials = 0;
  const sockets = new Set<Socket>();
  const expected = options.credentials ? `Basic ${Buffer.from(`${options.credentials.user}:${options.credentials.password}`).toString("base64")}` : undefined;
  const server = createServer((_request, response) => {
    response.writeHead(405, { "content-type": "text/plain" }).end("this test proxy only tunnels (CONNECT)\n");
  });
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  server.on("connect", (request: IncomingMessage, client: Socket, head: Buffer) => {
    const target = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(request.url ?? "");
    if (expected !== undefined && request.headers["proxy-authorization"] !== expected) {
      refusedForCredentials++;
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const hostname = target?.[1]?.replace(/^\[|\]$/g, "");
    const address =
      hostname === undefined
        ? undefined
        : (options.hosts?.[hostname.toLowerCase()] ?? (isLoopbackHostname(hostname) || hostname === "::1" ? hostname : undefined));
    if (!target || address === undefined) {
      client.end("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    const upstream = connect({ host: address, port: Number(target[2]) });
    sockets.add(upstream);
    upstream.once("close", () => sockets.delete(upstream));
    upstream.once("connect", () => {
      tunnels.push(request.url!);
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.once("error", () => client.end("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n"));
    client.once("error", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    tunnels,
    get refusedForCredentials() {
      return refusedForCredentials;
    },
    urlWithCredentials: (user, password) => `http://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
