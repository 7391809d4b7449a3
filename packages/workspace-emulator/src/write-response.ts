import type { ServerResponse } from "node:http";
import type { EmulatorResponse } from "./emulator-response.js";

/** Writes a response with the headers real workspaces send on every API answer. */
export function writeResponse(res: ServerResponse, response: EmulatorResponse, requestId: string): void {
  const headers: Record<string, string> = {
    "Server": "databricks",
    "X-Request-Id": requestId,
    "Cache-Control": "no-cache, no-store, must-revalidate",
  };
  if (response.status !== 204 && response.status !== 304) {
    headers["Content-Type"] = response.contentType ?? "application/json; charset=utf-8";
    headers["Content-Length"] = String(Buffer.byteLength(response.body, "utf8"));
  }
  res.writeHead(response.status, { ...headers, ...response.headers });
  res.end(response.status === 204 || response.status === 304 ? undefined : response.body);
}
