import { STATUS_CODES } from "node:http";

/** Databricks' own names for HTTP statuses (the error classes of reference §6.3, upper snake case). */
const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: "BAD_REQUEST",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  409: "RESOURCE_CONFLICT",
  429: "TOO_MANY_REQUESTS",
  499: "CANCELLED",
  500: "INTERNAL_ERROR",
  501: "NOT_IMPLEMENTED",
  503: "TEMPORARILY_UNAVAILABLE",
  504: "DEADLINE_EXCEEDED",
};

/**
 * The error code to report when a body carries none (empty, HTML, plain text, numeric
 * `error_code`): the official docs say to "fall back to the HTTP status".
 */
export function errorCodeForStatus(status: number): string {
  return CODE_BY_STATUS[status] ?? `HTTP_${status}`;
}

/** The reason phrase of a status, for bodies that say nothing (`404` → `Not Found`). */
export function reasonPhrase(status: number, statusText: string): string {
  return statusText.trim() || STATUS_CODES[status] || `HTTP ${status}`;
}
