import { jsonResponse, JSON_CONTENT_TYPE, type EmulatorResponse } from "./emulator-response.js";
import { defaultFaultJson, jettyErrorPage, LOGIN_PAGE_HTML, malformJsonText, truncateJsonText } from "./fault-bodies.js";
import type { Fault } from "./fault.js";

const HTML_CONTENT_TYPE = "text/html;charset=utf-8";

/** True for the actions that corrupt a JSON body rather than replace the response outright. */
export function isCorruptingFault(fault: Fault): boolean {
  return fault.action === "truncated-json" || fault.action === "malformed-json";
}

/** The response a replacing fault sends for `path` (everything but reset, hang and corruption). */
export function faultResponse(fault: Fault, path: string): EmulatorResponse {
  const headers = fault.headers ?? {};
  if (fault.action === "html-error") {
    const status = fault.status ?? 403;
    return { status, body: jettyErrorPage(status, path), contentType: HTML_CONTENT_TYPE, headers };
  }
  if (fault.action === "login-page") {
    return { status: fault.status ?? 200, body: LOGIN_PAGE_HTML, contentType: HTML_CONTENT_TYPE, headers };
  }
  if (fault.body !== undefined) {
    return { status: fault.status ?? 200, body: fault.body, contentType: fault.contentType ?? "text/plain", headers };
  }
  const status = fault.status ?? 200;
  const response = jsonResponse(status, fault.json !== undefined ? fault.json : defaultFaultJson(status, path), headers);
  return fault.contentType === undefined ? response : { ...response, contentType: fault.contentType };
}

/** `base` with its JSON body cut in half (`truncated-json`) or broken (`malformed-json`); status 200 unless the fault says otherwise. */
export function corruptResponse(fault: Fault, base: EmulatorResponse): EmulatorResponse {
  const text = fault.json !== undefined ? JSON.stringify(fault.json) : base.body === "" ? "{}" : base.body;
  return {
    status: fault.status ?? 200,
    body: fault.action === "truncated-json" ? truncateJsonText(text) : malformJsonText(text),
    contentType: fault.contentType ?? JSON_CONTENT_TYPE,
    headers: { ...base.headers, ...fault.headers },
  };
}
