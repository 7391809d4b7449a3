import type { Dialect, HostType } from "./types.js";

/**
 * The host type from the URL alone: `https://accounts.` (and, except in JS, `https://accounts-dod.`)
 * is an account host. Go prepends `https://` to a host without a scheme; Go lets a host type
 * reported by host metadata win (`resolved`).
 */
export function hostTypeOf(dialect: Dialect, host: string | undefined, resolved?: HostType | ""): HostType {
  if (dialect === "go" && resolved) return resolved;
  if (!host) return "WORKSPACE_HOST";
  const url = dialect === "go" && !host.includes("://") ? `https://${host}` : host;
  const prefixes = dialect === "js" ? ["https://accounts."] : ["https://accounts.", "https://accounts-dod."];
  return prefixes.some((p) => url.startsWith(p)) ? "ACCOUNT_HOST" : "WORKSPACE_HOST";
}
