import type { ProxyExclusion, ProxyRoute } from "@dbcfg/token-api/network";
import type { CheckContext, CheckOutcome } from "../engine/types.js";
import { resolveOnlineTarget, type OnlineTarget } from "../input/online-target.js";

/** How the network fetch reaches a target: through a proxy (with its parsed URL), directly (maybe excluded from one), or not at all. */
export type TargetRoute =
  | { kind: "proxy"; route: ProxyRoute; proxy: URL; hostname: string; port: number }
  | { kind: "direct"; exclusion?: ProxyExclusion }
  | { kind: "invalid"; outcome: CheckOutcome };

/**
 * The route `dbcfg`'s own requests take to `target`, decided by `@dbcfg/token-api` `proxyFor` (the
 * same rule as the fetch), so the dns, tcp and tls checks test the path a command would use.
 */
export async function routeToTarget(ctx: CheckContext, target: OnlineTarget): Promise<TargetRoute> {
  const { proxyFor, isProxyRoute } = await import("@dbcfg/token-api/network");
  try {
    const decision = proxyFor(target.baseUrl, ctx.input.env);
    if (!isProxyRoute(decision)) return decision ? { kind: "direct", exclusion: decision } : { kind: "direct" };
    const proxy = new URL(decision.proxyUrl);
    const https = proxy.protocol === "https:";
    return {
      kind: "proxy",
      route: decision,
      proxy,
      hostname: proxy.hostname.replace(/^\[|\]$/g, ""),
      port: proxy.port ? Number(proxy.port) : https ? 443 : 80,
    };
  } catch (error) {
    return {
      kind: "invalid",
      outcome: {
        status: "fail",
        message: `${(error as Error).message}.`,
        fix: "Fix or unset the proxy variable (dbcfg doctor's proxy-settings check shows every proxy variable).",
      },
    };
  }
}

/** `via proxy http://proxy:3128 (from HTTPS_PROXY)`, masked: added to the messages of proxied checks. */
export function viaProxy(route: ProxyRoute): string {
  return `via proxy ${route.maskedUrl} (from ${route.source})`;
}

/** ` (not proxied: NO_PROXY entry "…" excludes it from HTTPS_PROXY)` for a direct route that a proxy would otherwise take, else "". */
export function notProxiedNote(route: TargetRoute): string {
  if (route.kind !== "direct" || !route.exclusion) return "";
  const { excludedBy, source } = route.exclusion;
  return ` (not proxied: ${/^no_proxy /i.test(excludedBy) ? `${excludedBy} excludes it from ${source}` : excludedBy})`;
}

/**
 * The start of every check that connects to a profile's workspace: its online target and route,
 * or the outcomes that end the check (no usable host; a malformed proxy variable).
 */
export async function targetAndRoute(
  ctx: CheckContext,
  profile: string,
): Promise<{ target: OnlineTarget; route: Exclude<TargetRoute, { kind: "invalid" }> } | { outcomes: CheckOutcome[] }> {
  const target = resolveOnlineTarget(ctx.input, profile);
  if (!target) return { outcomes: [{ status: "skip", message: "Skipped: no usable host." }] };
  const route = await routeToTarget(ctx, target);
  return route.kind === "invalid" ? { outcomes: [route.outcome] } : { target, route };
}
