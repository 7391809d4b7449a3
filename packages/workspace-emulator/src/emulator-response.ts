/** A response before it is written: handlers return it, faults may corrupt or replace it. */
export interface EmulatorResponse {
  status: number;
  body: string;
  /** Defaults to `application/json; charset=utf-8`. */
  contentType?: string;
  headers?: Record<string, string>;
}

/** Content type of every JSON response (what real workspaces send). */
export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

export function jsonResponse(status: number, value: unknown, headers?: Record<string, string>): EmulatorResponse {
  return { status, body: JSON.stringify(value), contentType: JSON_CONTENT_TYPE, ...(headers === undefined ? {} : { headers }) };
}
