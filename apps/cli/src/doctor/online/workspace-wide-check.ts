import type { TokenClient } from "@dbcfg/token-api";
import type { OnlineTarget } from "../input/online-target.js";
import type { CheckContext, CheckOutcome, ProfileCheck } from "../engine/types.js";
import { workspaceWideAccess } from "./workspace-client.js";

/** What a workspace-wide check says about itself, and what it reads once it has a client. */
export interface WorkspaceWideSpec {
  readonly id: string;
  readonly title: string;
  readonly help: string;
  read(ctx: CheckContext, access: { client: TokenClient; target: OnlineTarget & { token: string }; profile: string }): Promise<CheckOutcome[]>;
}

/**
 * An online check that reads workspace-wide data with a profile's token (inventory, policies,
 * admin listings): it runs after `token-valid`, once per workspace and token, and is skipped where
 * the profile has no token.
 */
export function workspaceWideCheck(spec: WorkspaceWideSpec): ProfileCheck {
  return {
    id: spec.id,
    title: spec.title,
    help: spec.help,
    group: "online",
    requires: ["token-valid"],
    online: true,
    scope: "profile",
    async run(ctx, profile) {
      const access = await workspaceWideAccess(ctx, profile);
      return "skip" in access ? access.skip : spec.read(ctx, { ...access, profile });
    },
  };
}
