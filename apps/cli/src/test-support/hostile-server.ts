import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A local HTTP server on 127.0.0.1 that answers as a test scripts it, counting requests in flight. */
export interface HostileServer {
  url: string;
  /** Most requests that were being answered at the same moment. */
  maxInFlight(): number;
  close(): Promise<void>;
}

export type HostileHandler = (request: IncomingMessage, bearer: string) => { status: number; body: string; delayMs?: number } | "hang";

export async function startHostileServer(handler: HostileHandler): Promise<HostileServer> {
  let inFlight = 0;
  let peak = 0;
  const hanging = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    response.on("close", () => inFlight--);
    const bearer = /^Bearer (.*)$/.exec(request.headers.authorization ?? "")?.[1] ?? "";
    const answer = handler(request, bearer);
    if (answer === "hang") {
      hanging.add(response);
      return;
    }
    setTimeout(() => {
      response.writeHead(answer.status, { "content-type": "application/json" });
      response.end(answer.body);
    }, answer.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    maxInFlight: () => peak,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
