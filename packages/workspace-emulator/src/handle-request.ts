import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { answerRequest } from "./answer-request.js";
import { jsonResponse, type EmulatorResponse } from "./emulator-response.js";
import { isDecoratingFault } from "./fault.js";
import type { FaultRegistry } from "./fault-registry.js";
import { corruptResponse, faultResponse, isCorruptingFault } from "./fault-response.js";
import { readBody } from "./read-body.js";
import { recordRequest, type RecordedRequest } from "./recorded-request.js";
import type { WorkspaceState } from "./workspace-state.js";
import { writeResponse } from "./write-response.js";

/** What the request handler shares with the running emulator. */
export interface RequestHandlerContext {
  state: WorkspaceState;
  faults: FaultRegistry;
  requests: RecordedRequest[];
  /** Waits `ms`; the emulator cancels pending waits when it closes. */
  sleep(ms: number): Promise<void>;
  isClosed(): boolean;
}

/**
 * Handles one request: read and record it, let a matching fault act (delay, reset, hang, replace
 * or corrupt the answer), otherwise answer as the workspace would.
 */
export async function handleRequest(context: RequestHandlerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  const method = (req.method ?? "GET").toUpperCase();
  const url = requestUrl(req.url);
  const requestId = randomUUID();
  context.requests.push(recordRequest(method, url, req.headers, body ?? ""));
  const fault = context.faults.take(method, url.pathname);
  if (fault?.delayMs !== undefined && fault.delayMs > 0) await context.sleep(fault.delayMs);
  if (context.isClosed()) return;
  if (fault?.action === "reset") return resetConnection(req.socket);
  if (fault?.action === "hang") return;
  const answer = (): EmulatorResponse =>
    body === undefined
      ? jsonResponse(413, { error_code: "REQUEST_ENTITY_TOO_LARGE", message: "The request body is too large." })
      : answerRequest(context.state, { method, url, authorization: req.headers.authorization, body, requestId, clientAddress: req.socket.remoteAddress });
  let response: EmulatorResponse;
  if (fault === undefined) response = answer();
  else if (isDecoratingFault(fault)) response = withHeaders(answer(), fault.headers);
  else if (isCorruptingFault(fault)) response = corruptResponse(fault, fault.json === undefined ? answer() : { status: 200, body: "" });
  else response = faultResponse(fault, url.pathname);
  writeResponse(res, response, requestId, context.state.clock.now());
}

/**
 * The request target as a URL. An origin-form target is appended to the base rather than resolved
 * against it, so `//tenant/oauth2/token` (the JS SDK's Entra ID URL) keeps its path instead of
 * reading as a network-path reference to host `tenant`.
 */
function requestUrl(target: string | undefined): URL {
  return target?.startsWith("/") === true ? new URL(`http://emulator.invalid${target}`) : new URL(target ?? "/", "http://emulator.invalid");
}

/** Drops the connection with a TCP RST where the platform allows it, so clients see ECONNRESET. */
function resetConnection(socket: Socket): void {
  if (typeof socket.resetAndDestroy === "function" && !("encrypted" in socket)) socket.resetAndDestroy();
  else socket.destroy();
}

function withHeaders(response: EmulatorResponse, headers: Record<string, string> | undefined): EmulatorResponse {
  return headers === undefined ? response : { ...response, headers: { ...response.headers, ...headers } };
}
