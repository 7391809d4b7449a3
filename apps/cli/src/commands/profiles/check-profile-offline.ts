import type { Diagnostic } from "@dbcfg/config-file";
import { resolveConfig, type Probes, type Resolution } from "@dbcfg/unified-auth";
import { errorText } from "../../cli/error-text.js";

/**
 * Probes that say "yes" without running anything: they let the resolver name the auth type a
 * non-PAT profile selects (oauth-m2m, azure-cli, …) offline. Such profiles are reported as not
 * verified, never as valid.
 */
const ASSUME_AVAILABLE: Probes = {
  azureCli: async () => ({ ok: true }),
  databricksCli: async () => ({ ok: true }),
  metadataService: async () => ({ ok: true }),
  tokenExchange: async () => ({ ok: true }),
};

/** What the offline checks found for one profile. */
export type OfflineVerdict = { ok: true; resolution: Resolution; warnings: number } | { ok: false; reason: string; resolution?: Resolution };

/**
 * A profile's offline verdict: the file's own diagnostics for it (errors fail it) and the Go SDK's
 * resolution of it alone — environment variables left out, as `databricks auth profiles` does,
 * so each profile is judged on what it holds. Plain http is accepted for loopback hosts only.
 */
export async function checkProfileOffline(name: string, configFile: string, homeDir: string, diagnostics: readonly Diagnostic[]): Promise<OfflineVerdict> {
  let resolution: Resolution;
  try {
    resolution = await resolveConfig({ explicit: { profile: name, config_file: configFile }, env: {}, homeDir, probes: ASSUME_AVAILABLE });
  } catch (failure) {
    return { ok: false, reason: errorText(failure) };
  }
  // Plain http on loopback is no diagnostic at all (@dbcfg/config-file isLoopbackHttpAllowed).
  const own = diagnostics.filter((d) => d.profile === name);
  const error = own.find((d) => d.severity === "error");
  if (error) return { ok: false, reason: `${configFile}:${error.line}: ${error.message}`, resolution };
  if (!resolution.host) return { ok: false, reason: "no host", resolution };
  return { ok: true, resolution, warnings: own.filter((d) => d.severity === "warning").length };
}
