import { analyzeHost } from "@dbcfg/config-file";
import { envAttributes } from "@dbcfg/unified-auth";
import type { DoctorInput } from "./doctor-input.js";

/** Where online checks connect for one profile, and with which token. */
export interface OnlineTarget {
  baseUrl: string;
  hostname: string;
  port: number;
  https: boolean;
  loopback: boolean;
  token?: string;
  /** "[prod]" or "DATABRICKS_HOST/DATABRICKS_TOKEN": said in messages. */
  source: string;
}

/**
 * Host and token of a profile as a real command would use them. Both come from the same place:
 * the environment pair only when it sets both, so the doctor never sends a profile's token to
 * a host named by a variable (the very mix-up env-shadowing reports).
 */
export function resolveOnlineTarget(input: DoctorInput, profile: string): OnlineTarget | undefined {
  const env = envAttributes(input.env);
  const useEnv = profile === input.selection.name && env.has("host") && env.has("token");
  const keys = input.profiles.get(profile);
  const host = useEnv ? env.get("host")!.value : keys?.get("host")?.value;
  const token = useEnv ? env.get("token")!.value : keys?.get("token")?.value;
  if (!host) return undefined;
  const analysis = analyzeHost(host);
  // A host that fails host-shape (http:// off loopback, credentials, …) is never contacted, whichever source named it.
  if (!analysis.normalized || !analysis.hostname || analysis.findings.some((f) => f.severity === "error")) return undefined;
  const url = new URL(analysis.normalized);
  const https = url.protocol === "https:";
  return {
    baseUrl: analysis.normalized,
    hostname: url.hostname.replace(/^\[|\]$/g, ""),
    port: url.port ? Number(url.port) : https ? 443 : 80,
    https,
    loopback: analysis.loopback,
    ...(token ? { token: token.trim() } : {}),
    source: useEnv ? "DATABRICKS_HOST/DATABRICKS_TOKEN" : `[${profile}]`,
  };
}

/**
 * The first earlier online target that reaches the same workspace with the same token, if any:
 * workspace-wide checks (inventory, policy) then report once instead of once per profile.
 */
export function earlierTargetWithSameAccess(input: DoctorInput, profile: string): string | undefined {
  const mine = resolveOnlineTarget(input, profile);
  if (!mine) return undefined;
  for (const other of input.onlineTargets) {
    if (other === profile) return undefined;
    const theirs = resolveOnlineTarget(input, other);
    if (theirs && theirs.baseUrl === mine.baseUrl && theirs.token === mine.token) return other;
  }
  return undefined;
}
