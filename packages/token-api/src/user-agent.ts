import { createRequire } from "node:module";
import { redactSecrets } from "@dbcfg/pat";
import { TokenApiArgumentError } from "./api-error.js";

const require = createRequire(import.meta.url);

/** The version of this package (the `dbcfg/<version>` part of the User-Agent). */
export const TOKEN_API_VERSION: string = (require("../package.json") as { version: string }).version;

/** A `key/value` pair as the Databricks SDKs accept them in a User-Agent. */
const USER_AGENT_PAIR = /^[a-zA-Z0-9_.+-]+\/[a-zA-Z0-9_.+-]+$/;

/** Parts of the User-Agent; each defaults to this process (version, Node version, platform). */
export interface UserAgentParts {
  version?: string;
  nodeVersion?: string;
  platform?: string;
  /** Extra space-separated `key/value` pairs, e.g. `"cmd/doctor"`. */
  extra?: string;
  /** The `auth/<type>` pair, as the SDKs send it (default `pat`). */
  authType?: string;
}

/**
 * `dbcfg/<version> node/<version> os/<platform> [extra…] auth/<type>` — the shape the official SDKs
 * use (reference §7.5), so workspace admins can tell dbcfg's calls apart in audit logs.
 */
export function buildUserAgent(parts: UserAgentParts = {}): string {
  const extra = (parts.extra ?? "").split(/\s+/).filter((pair) => pair.length > 0);
  for (const pair of extra) {
    if (!USER_AGENT_PAIR.test(pair)) {
      throw new TokenApiArgumentError(`userAgent: "${redactSecrets(pair)}" is not a key/value pair of letters, digits and _.+- (e.g. "cmd/doctor")`);
    }
  }
  return [
    `dbcfg/${parts.version ?? TOKEN_API_VERSION}`,
    `node/${parts.nodeVersion ?? process.versions.node}`,
    `os/${parts.platform ?? process.platform}`,
    ...extra,
    `auth/${parts.authType ?? "pat"}`,
  ].join(" ");
}
