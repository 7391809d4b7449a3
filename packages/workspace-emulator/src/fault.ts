import { Validator } from "./validate.js";
import { EmulatorConfigError } from "./emulator-config-error.js";

/** How a fault breaks the exchange instead of (or besides) answering with a status and body. */
export type FaultAction = "reset" | "hang" | "html-error" | "login-page" | "truncated-json" | "malformed-json";

/** Every {@link FaultAction}. */
export const FAULT_ACTIONS: readonly FaultAction[] = ["reset", "hang", "html-error", "login-page", "truncated-json", "malformed-json"];

/**
 * A scripted failure for matching requests (agreed API, see README). A fault with only `delayMs`
 * and/or `headers` delays or decorates the real response; one with `status`, `json`, `body` or
 * `action` replaces it (`truncated-json` / `malformed-json` corrupt the real response unless `json` is given).
 */
export interface Fault {
  /** Exact request path without query, e.g. `/api/2.0/token/list`. */
  path: string;
  /** Default: any method. */
  method?: string;
  /** Applies to the next N matching requests, then is spent (default: until cleared). */
  times?: number;
  /** Response status (default 200 when only a body or action is given; 403 for `html-error`). */
  status?: number;
  /** JSON body to send. */
  json?: unknown;
  /** Raw body to send, with `contentType` (default `text/plain`). */
  body?: string;
  contentType?: string;
  /** Extra response headers, e.g. `{"Retry-After": "2"}`. */
  headers?: Record<string, string>;
  /** Wait this long before responding or acting. */
  delayMs?: number;
  action?: FaultAction;
}

const check = new Validator("EMULATOR_INVALID_FAULT");
const FAULT_KEYS = ["path", "method", "times", "status", "json", "body", "contentType", "headers", "delayMs", "action"];

/** Checks a fault (which may come from untyped test data) and returns a normalized copy. */
export function validateFault(input: unknown, where = "fault"): Fault {
  const fault = check.record(input, where);
  check.knownKeys(fault, where, FAULT_KEYS);
  const path = check.string(fault.path, `${where}.path`);
  if (!path.startsWith("/") || path.includes("?")) check.fail(`${where}.path`, "an absolute path without a query", path);
  const action = fault.action;
  if (action !== undefined && !FAULT_ACTIONS.includes(action as FaultAction)) {
    throw new EmulatorConfigError("EMULATOR_INVALID_FAULT", `${where}.action must be one of ${FAULT_ACTIONS.join(", ")}`);
  }
  if (fault.json !== undefined && fault.body !== undefined) {
    throw new EmulatorConfigError("EMULATOR_INVALID_FAULT", `${where} may have "json" or "body", not both`);
  }
  const headers = fault.headers === undefined ? undefined : check.record(fault.headers, `${where}.headers`);
  for (const [name, value] of Object.entries(headers ?? {})) check.string(value, `${where}.headers.${name}`);
  const method = check.optionalString(fault.method, `${where}.method`)?.toUpperCase();
  return {
    path,
    ...(method === undefined ? {} : { method }),
    ...optional("times", check.optionalInteger(fault.times, `${where}.times`, 1)),
    ...optional("status", check.optionalInteger(fault.status, `${where}.status`, 100, 599)),
    ...(fault.json === undefined ? {} : { json: fault.json }),
    ...(fault.body === undefined ? {} : { body: check.anyString(fault.body, `${where}.body`) }),
    ...optional("contentType", check.optionalString(fault.contentType, `${where}.contentType`)),
    ...(headers === undefined ? {} : { headers: headers as Record<string, string> }),
    ...optional("delayMs", check.optionalInteger(fault.delayMs, `${where}.delayMs`, 0, 600_000)),
    ...(action === undefined ? {} : { action: action as FaultAction }),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** True when the fault only delays or adds headers, so the real handler still answers. */
export function isDecoratingFault(fault: Fault): boolean {
  return fault.status === undefined && fault.json === undefined && fault.body === undefined && fault.action === undefined;
}
