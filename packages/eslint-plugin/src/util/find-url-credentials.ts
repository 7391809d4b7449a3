import { findPats } from "@dbcfg/pat";
import { isDatabricksHost } from "./databricks-host.js";
import { HOLE, showHoles } from "./static-text.js";

/** Query parameters whose value is a credential. */
export const SECRET_QUERY_PARAMETERS = new Set([
  "token",
  "access_token",
  "api_token",
  "auth_token",
  "pat",
  "personal_access_token",
  "password",
  "pwd",
  "client_secret",
]);

/** One credential placed in a URL aimed at a Databricks host. */
export interface UrlCredential {
  kind: "userinfo" | "query" | "jdbc";
  host: string;
  /** The query or connection-string parameter that carries it. */
  parameter?: string;
}

const URL_START = /\b([a-z][a-z0-9+.-]*):\/\//gi;
const AUTHORITY_END = /[/?#\s"'<>\\]/;
const URL_END = /[\s"'<>`]/;
const REST_API_PATH = /^\/api\/2\.\d+\//;
const JDBC_URL = /jdbc:(?:databricks|spark):\/\/([^/;:?\s]*)[^\s"'`]*/gi;
const JDBC_PASSWORD = /;\s*PWD\s*=\s*([^;\s"'`]*)/i;

/**
 * Credentials in URLs aimed at Databricks in `text` (a string's value with `HOLE` for run-time
 * parts): a password or a token in the user-info part, a secret query parameter, or `PWD=` in a
 * JDBC URL. A URL is aimed at Databricks when its host is a Databricks host, its scheme is
 * `databricks://` (SQLAlchemy), or its host is interpolated and its path is the REST API's
 * (`/api/2.x/`).
 */
export function findUrlCredentials(text: string): UrlCredential[] {
  const found: UrlCredential[] = [];
  // Every URL aimed at Databricks names a Databricks host, the `databricks` scheme, or has an interpolated host.
  if (!text.includes("databricks") && !text.includes(HOLE)) return found;
  if (text.includes("://")) {
    for (const match of text.matchAll(URL_START)) {
      const scheme = match[1]!.toLowerCase();
      if (scheme === "jdbc") continue;
      const start = match.index + match[0].length;
      const authorityLength = searchFrom(text, start, AUTHORITY_END);
      const authority = text.slice(start, start + authorityLength);
      const at = authority.lastIndexOf("@");
      const userinfo = at >= 0 ? authority.slice(0, at) : null;
      const host = authority.slice(at + 1);
      const restStart = start + authorityLength;
      const rest = text.slice(restStart, restStart + searchFrom(text, restStart, URL_END));
      const path = rest.split(/[?#]/, 1)[0]!;
      const aimed = isDatabricksHost(host) || scheme === "databricks" || (host.includes(HOLE) && REST_API_PATH.test(path));
      if (!aimed) continue;
      const shownHost = showHoles(host);
      if (userinfo !== null && hasUserinfoCredential(userinfo)) found.push({ kind: "userinfo", host: shownHost });
      const query = /\?([^#]*)/.exec(rest)?.[1];
      if (query) {
        for (const pair of query.split("&")) {
          const [rawName = "", value = ""] = pair.split("=", 2);
          const name = safeDecode(rawName).toLowerCase();
          if (value !== "" && (SECRET_QUERY_PARAMETERS.has(name) || findPats(safeDecode(value)).length > 0)) {
            found.push({ kind: "query", host: shownHost, parameter: name });
          }
        }
      }
    }
  }
  if (/jdbc:/i.test(text)) {
    for (const match of text.matchAll(JDBC_URL)) {
      const host = match[1]!;
      if (!isDatabricksHost(host) && !host.includes(HOLE)) continue;
      const password = JDBC_PASSWORD.exec(match[0]);
      if (password && password[1] !== "") found.push({ kind: "jdbc", host: showHoles(host), parameter: "PWD" });
    }
  }
  return found;
}

function hasUserinfoCredential(userinfo: string): boolean {
  const colon = userinfo.indexOf(":");
  if (colon >= 0) return userinfo.length > colon + 1;
  return userinfo.includes(HOLE) ? false : findPats(safeDecode(userinfo)).length > 0;
}

function searchFrom(text: string, from: number, stop: RegExp): number {
  const index = text.slice(from).search(stop);
  return index < 0 ? text.length - from : index;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
