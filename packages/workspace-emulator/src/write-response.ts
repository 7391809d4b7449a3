import type { ServerResponse } from "node:http";
import type { EmulatorResponse } from "./emulator-response.js";

/**
 * Writes a response with the headers real workspaces send on every API answer, `Date` included:
 * the emulator's clock at `now` as an IMF-fixdate (RFC 9110 §5.6.7, formerly RFC 7231 §7.1.1.1),
 * so clients that compare it with their own clock see the emulated time.
 */
export function writeResponse(res: ServerResponse, response: EmulatorResponse, requestId: string, now: number): void {
  const headers: Record<string, string> = {
    "Date": new Date(now).toUTCString(),
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
