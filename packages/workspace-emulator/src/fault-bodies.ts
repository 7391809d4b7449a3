import { STATUS_CODES } from "node:http";
import { INVALID_ACCESS_TOKEN } from "./authenticate.js";

/** The legacy Jetty error page (terraform-provider-databricks#66) with the reason inside `<pre>`. */
export function jettyErrorPage(status: number, path: string): string {
  const reason = status === 403 ? INVALID_ACCESS_TOKEN : (STATUS_CODES[status] ?? "Error");
  return [
    "<html>",
    "<head>",
    '<meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>',
    `<title>Error ${status} ${reason}</title>`,
    "</head>",
    `<body><h2>HTTP ERROR ${status}</h2>`,
    `<p>Problem accessing ${escapeHtml(path)}. Reason:`,
    `<pre>    ${reason}</pre></p>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** A workspace sign-in page, as a proxy or Private Link misroute serves it with HTTP 200. */
export const LOGIN_PAGE_HTML = [
  "<!doctype html>",
  '<html lang="en">',
  "<head>",
  '<meta charset="utf-8">',
  "<title>Databricks - Sign In</title>",
  "</head>",
  "<body>",
  '<div id="login-page">',
  '<form method="post" action="/login.html">',
  '<label>Email <input type="email" name="j_username"></label>',
  '<label>Password <input type="password" name="j_password"></label>',
  '<button type="submit">Sign In</button>',
  "</form>",
  "</div>",
  "</body>",
  "</html>",
  "",
].join("\n");

/** The first half of a JSON text (at least one character, never all of it). */
export function truncateJsonText(text: string): string {
  return text.slice(0, Math.max(1, Math.floor(text.length / 2)));
}

/** A JSON text broken by a stray comma after its opening brace or bracket. */
export function malformJsonText(text: string): string {
  return /^[{[]/.test(text) ? `${text[0]},${text.slice(1)}` : `${text},`;
}

/** The body a status-only fault sends: a standard error for the status, `{}` for a 2xx. */
export function defaultFaultJson(status: number, path: string): Record<string, unknown> {
  if (status < 400) return {};
  const errorCode = DEFAULT_ERROR_CODES[status] ?? (status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST");
  const message =
    status === 503
      ? `The service at ${path} is temporarily unavailable. Please try again later.`
      : status === 429
        ? "Too many requests. Please wait a moment and try again."
        : (STATUS_CODES[status] ?? "Error");
  return { error_code: errorCode, message };
}

const DEFAULT_ERROR_CODES: Record<number, string> = {
  400: "BAD_REQUEST",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  409: "RESOURCE_CONFLICT",
  429: "REQUEST_LIMIT_EXCEEDED",
  500: "INTERNAL_ERROR",
  501: "NOT_IMPLEMENTED",
  503: "TEMPORARILY_UNAVAILABLE",
  504: "DEADLINE_EXCEEDED",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}
