import type { OnlineTarget } from "../input/online-target.js";
import type { CheckContext, CheckOutcome, ProfileCheck } from "../engine/types.js";
import { targetAndRoute, type TargetRoute } from "./proxy-route.js";

/** What a connecting check says about itself; the rest of its `ProfileCheck` is the same for all of them. */
export type ConnectingCheckSpec = Pick<ProfileCheck, "id" | "title" | "help" | "requires" | "timeoutMs">;

/** The route to a usable target: direct or through a proxy (a malformed proxy variable has already ended the check). */
export type UsableRoute = Exclude<TargetRoute, { kind: "invalid" }>;

/**
 * A per-profile online check that connects to the profile's workspace: it runs only when the
 * profile has a usable host and the proxy variables parse (`targetAndRoute`), and `connect` gets
 * the target and the route `dbcfg`'s own requests would take to it.
 */
export function connectingCheck(
  spec: ConnectingCheckSpec,
  connect: (ctx: CheckContext, target: OnlineTarget, route: UsableRoute) => Promise<CheckOutcome[]>,
): ProfileCheck {
  return {
    ...spec,
    group: "online",
    online: true,
    scope: "profile",
    async run(ctx, profile) {
      const start = await targetAndRoute(ctx, profile);
      return "outcomes" in start ? start.outcomes : connect(ctx, start.target, start.route);
    },
  };
}
