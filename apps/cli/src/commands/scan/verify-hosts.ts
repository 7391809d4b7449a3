import { existsSync } from "node:fs";
import { loadConfigFile, readProfiles } from "@dbcfg/config-file";
import { UsageError } from "../../cli/command.js";
import type { CliContext } from "../../context.js";
import { resolveConfigPath } from "../../io/config-file-access.js";
import { isDatabricksWorkspaceHost } from "./databricks-hosts.js";

/** A host a token may be sent to, with the profiles of the user's config file that point at it. */
export interface TrustedHost {
  origin: string;
  /** Profiles of the user's own config file with this host, and their tokens (to find the current user). */
  profiles: { name: string; token: string | undefined }[];
}

/** `https://host[:port]` of a `--host` value or a profile host; undefined when it is not HTTPS. */
export function toHttpsOrigin(host: string): string | undefined {
  const trimmed = host.trim();
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    return url.protocol === "https:" ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** `--host` values as origins; anything but an HTTPS URL or bare host name is a usage error. */
export function parseHostFlags(hosts: readonly string[]): string[] {
  return hosts.map((host) => {
    const origin = toHttpsOrigin(host);
    if (!origin) throw new UsageError(`--host must be an https:// workspace URL (tokens are only sent over TLS), got "${host}".`);
    return origin;
  });
}

/**
 * The hosts of the user's own profiles (sources a and b of the verification rule), from the config
 * file the SDKs would read. Hosts that are not HTTPS are left out: a token is only sent over TLS.
 */
export async function readProfileHosts(ctx: CliContext): Promise<TrustedHost[]> {
  const path = resolveConfigPath(ctx);
  if (!existsSync(path)) return [];
  const read = readProfiles(await loadConfigFile(path), "go");
  if ("error" in read) return [];
  const byOrigin = new Map<string, TrustedHost>();
  for (const [name, values] of Object.entries(read.profiles)) {
    const origin = values.host ? toHttpsOrigin(values.host) : undefined;
    if (!origin) continue;
    if (!byOrigin.has(origin)) byOrigin.set(origin, { origin, profiles: [] });
    byOrigin.get(origin)!.profiles.push({ name, token: values.token });
  }
  return [...byOrigin.values()];
}

/**
 * The hosts one token may be sent to: the user's profile hosts and `--host` values, plus hosts found
 * next to the token (same file or commit) only when they are Databricks workspace hosts. Never any
 * other host a scanned file names.
 */
export function candidateHosts(trusted: readonly string[], nearby: Iterable<string>): string[] {
  const hosts = new Set(trusted);
  for (const host of nearby) {
    const origin = toHttpsOrigin(host);
    if (origin && isDatabricksWorkspaceHost(new URL(origin).hostname)) hosts.add(origin);
  }
  return [...hosts];
}
