import type { ProfileCheck } from "../../doctor/engine/types.js";
import { resolveOnlineTarget } from "../../doctor/input/online-target.js";

/** Fetched without credentials by every SDK while resolving a host (host metadata), so probing it is unremarkable. */
export const HOST_METADATA_PATH = "/.well-known/databricks-config";

/** Beyond this, token expiry and OAuth (JWT `iat`/`exp` checks) start to fail or mislead. */
export const MAX_SKEW_MS = 5 * 60 * 1000;

/**
 * Compares this machine's clock with the workspace's `Date` header (RFC 9110 §6.6.1), taken at the
 * middle of the round trip. The request carries no credential: it is the host-metadata GET the
 * SDKs make themselves, and any answer (even a refusal) has a `Date` header.
 */
export const clockSkew: ProfileCheck = {
  id: "clock-skew",
  title: "Clock in step with the workspace",
  group: "online",
  help: "Reads the Date header of an unauthenticated GET /.well-known/databricks-config and compares it with the local clock. Over 5 minutes apart, token expiry shown locally is off and OAuth fails (JWTs not yet valid or already expired).",
  requires: ["tls"],
  online: true,
  scope: "profile",
  async run(ctx, profile) {
    const target = resolveOnlineTarget(ctx.input, profile);
    if (!target) return [{ status: "skip", message: "Skipped: no usable host." }];
    const sent = ctx.cli.now();
    let response: Response;
    try {
      response = await ctx.cli.fetch(`${target.baseUrl}${HOST_METADATA_PATH}`, {
        method: "GET",
        redirect: "manual",
        signal: ctx.signal,
        headers: { Accept: "application/json" },
      });
      await response.body?.cancel();
    } catch (error) {
      return [{ status: "skip", message: `Skipped: no answer from ${target.baseUrl} (${(error as Error).message}).` }];
    }
    const received = ctx.cli.now();
    const header = response.headers.get("date");
    const server = header ? Date.parse(header) : Number.NaN;
    if (Number.isNaN(server)) return [{ status: "skip", message: `Skipped: ${target.baseUrl} sent no usable Date header.` }];
    // Date has one-second resolution: compare with the middle of the round trip, allow the rounding.
    const local = (sent + received) / 2;
    const skew = local - server;
    const described = `${formatDuration(Math.abs(skew))} ${skew > 0 ? "ahead of" : "behind"} ${target.baseUrl}`;
    if (Math.abs(skew) > MAX_SKEW_MS) {
      return [
        {
          status: "warn",
          message: `This machine's clock is ${described} (local ${new Date(local).toISOString()}, server ${new Date(server).toISOString()}): token expiry dates are off and OAuth tokens are rejected as not yet valid or expired.`,
          fix: "Turn on automatic time synchronisation (timedatectl set-ntp true; macOS/Windows: Date & Time → set automatically).",
        },
      ];
    }
    return [{ status: "pass", message: `This machine's clock is within ${formatDuration(Math.max(1000, Math.abs(skew)))} of ${target.baseUrl}.` }];
  },
};

function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 120) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}
