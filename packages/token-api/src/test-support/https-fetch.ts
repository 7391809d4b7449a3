import { request } from "node:https";

/**
 * A minimal `fetch` over `node:https` that trusts `ca` (PEM) besides nothing else — what a caller
 * injects through `createTokenClient({fetch})` to reach a workspace behind a private CA. Enough
 * for the client: method, headers, string body, signal; the response body is buffered.
 */
export function httpsFetchWithCa(ca: string): typeof fetch {
  return ((input: string | URL | Request, init: RequestInit = {}) =>
    new Promise<Response>((resolve, reject) => {
      const req = request(
        String(input),
        { method: init.method, headers: init.headers as Record<string, string>, ca, signal: init.signal ?? undefined },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("error", reject);
          res.on("end", () => {
            const headers = new Headers();
            for (const [name, value] of Object.entries(res.headers)) if (typeof value === "string") headers.set(name, value);
            resolve(new Response(Buffer.concat(chunks), { status: res.statusCode ?? 0, statusText: res.statusMessage ?? "", headers }));
          });
        },
      );
      req.on("error", (error) => reject(new TypeError("fetch failed", { cause: error })));
      req.end(typeof init.body === "string" ? init.body : undefined);
    })) as typeof fetch;
}
