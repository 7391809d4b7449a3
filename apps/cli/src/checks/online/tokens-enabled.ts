import { callOptions } from "../../doctor/online/workspace-client.js";
import { workspaceWideCheck } from "../../doctor/online/workspace-wide-check.js";

/** Reads `enableTokensConfig` from workspace-conf, where the caller may read it. */
export const tokensEnabled = workspaceWideCheck({
  id: "tokens-enabled",
  title: "Personal access tokens enabled",
  help: "Reads enableTokensConfig through GET /api/2.0/workspace-conf. When an admin disables tokens, every PAT stops working and none can be created (existing ones come back if tokens are re-enabled).",
  async read(ctx, { client, target }) {
    let conf: Record<string, string | null>;
    try {
      conf = await client.workspaceConf.get(["enableTokensConfig"], callOptions(ctx));
    } catch (error) {
      return [{ status: "skip", message: `Skipped: workspace-conf is not readable with this token (${(error as Error).message}).` }];
    }
    if (conf.enableTokensConfig?.toLowerCase() === "false") {
      return [
        {
          status: "fail",
          message: `Personal access tokens are disabled in ${target.baseUrl} (enableTokensConfig = false).`,
          fix: "Ask a workspace admin to re-enable tokens, or use OAuth (databricks auth login).",
        },
      ];
    }
    return [{ status: "pass", message: `Personal access tokens are enabled in ${target.baseUrl}.` }];
  },
});
