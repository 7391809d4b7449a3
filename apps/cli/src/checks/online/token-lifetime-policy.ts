import { callOptions } from "../../doctor/online/workspace-client.js";
import { workspaceWideCheck } from "../../doctor/online/workspace-wide-check.js";

/** Reads `maxTokenLifetimeDays`: without a cap, tokens may be created that never expire. */
export const tokenLifetimePolicy = workspaceWideCheck({
  id: "token-lifetime-policy",
  title: "Maximum token lifetime",
  help: "Reads maxTokenLifetimeDays through workspace-conf. Unset or 0 (older workspaces) means new tokens may live forever; Databricks recommends short lifetimes (e.g. 90 days).",
  async read(ctx, { client, target }) {
    let raw: string | null | undefined;
    try {
      raw = (await client.workspaceConf.get(["maxTokenLifetimeDays"], callOptions(ctx))).maxTokenLifetimeDays;
    } catch (error) {
      return [{ status: "skip", message: `Skipped: workspace-conf is not readable with this token (${(error as Error).message}).` }];
    }
    const days = typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : 0;
    if (days === 0) {
      return [
        {
          status: "warn",
          message: `${target.baseUrl} sets no maximum token lifetime: new tokens may never expire.`,
          fix: "Ask a workspace admin to set maxTokenLifetimeDays (e.g. 90), and create tokens with --lifetime-seconds.",
        },
      ];
    }
    return [{ status: "pass", message: `New tokens in ${target.baseUrl} live at most ${days} days.` }];
  },
});
