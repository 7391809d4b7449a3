import type { ApiError, CallOptions, TokenClient } from "@dbcfg/token-api";
import { earlierTargetWithSameAccess, resolveOnlineTarget, type OnlineTarget } from "../input/online-target.js";
import type { CheckContext, CheckOutcome } from "../engine/types.js";

/**
 * A `@dbcfg/token-api` client for one online check: the check's timeout per request, no retries
 * (a doctor reports what it sees, and its own deadline must hold), the CLI's fetch. The package is
 * imported on first use, so `dbcfg doctor --offline` never loads it.
 */
export async function workspaceClient(ctx: CheckContext, target: OnlineTarget & { token: string }): Promise<TokenClient> {
  const { createTokenClient } = await import("@dbcfg/token-api");
  return createTokenClient({
    host: target.baseUrl,
    token: target.token,
    fetch: ctx.cli.fetch,
    timeoutMs: ctx.timeoutMs,
    retry: { maxAttempts: 1 },
    userAgent: "cmd/doctor",
  });
}

/** Per-call options: the check's abort signal and timeout. */
export function callOptions(ctx: CheckContext): CallOptions {
  return { signal: ctx.signal, timeoutMs: ctx.timeoutMs };
}

/** The `ApiError` of a failed call, recognised by its stable code (the class itself is loaded lazily). */
export function asApiError(error: unknown): ApiError | undefined {
  return error instanceof Error && (error as { code?: unknown }).code === "API_ERROR" ? (error as ApiError) : undefined;
}

/** True for `TokenApiArgumentError` (an unusable host or token), by its stable code. */
export function isArgumentError(error: unknown): error is Error {
  return error instanceof Error && (error as { code?: unknown }).code === "INVALID_ARGUMENT";
}

/** The client and target of a workspace-wide check, or the skip outcome that says why there is none. */
export type WorkspaceWideAccess = { client: TokenClient; target: OnlineTarget & { token: string } } | { skip: CheckOutcome[] };

/**
 * For checks that read workspace-wide data with a profile's token (inventory, policy, admin
 * listings): a client, or a skip when the profile has no token or an earlier profile already
 * reaches the same workspace with the same token (so each workspace is reported once).
 */
export async function workspaceWideAccess(ctx: CheckContext, profile: string): Promise<WorkspaceWideAccess> {
  const target = resolveOnlineTarget(ctx.input, profile);
  if (!target?.token) return { skip: [{ status: "skip", message: "Skipped: no token to test." }] };
  const same = earlierTargetWithSameAccess(ctx.input, profile);
  if (same !== undefined) return { skip: [{ status: "skip", message: `Skipped: same workspace and token as [${same}]; see there.` }] };
  const withToken = { ...target, token: target.token };
  return { client: await workspaceClient(ctx, withToken), target: withToken };
}
