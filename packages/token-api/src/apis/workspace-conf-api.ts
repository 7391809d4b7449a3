import { TokenApiArgumentError } from "../api-error.js";
import type { CallOptions } from "../client-options.js";
import { workspaceConfResponseSchema } from "../schemas/responses.js";
import type { Transport } from "../transport.js";

/** Workspace settings relevant to tokens, e.g. `enableTokensConfig`, `maxTokenLifetimeDays`. */
export interface WorkspaceConfApi {
  /**
   * The values of `keys`, all strings as the API stores them (`"true"`, `"90"`); a key never set
   * is `null`.
   */
  get(keys: readonly string[], options?: CallOptions): Promise<Record<string, string | null>>;
}

export function createWorkspaceConfApi(transport: Transport): WorkspaceConfApi {
  return {
    async get(keys, options) {
      if (!Array.isArray(keys) || keys.length === 0 || keys.some((key) => typeof key !== "string" || !/^[A-Za-z0-9_.-]+$/.test(key))) {
        throw new TokenApiArgumentError('workspaceConf.get needs a non-empty list of key names such as ["enableTokensConfig", "maxTokenLifetimeDays"]');
      }
      return transport.request({
        method: "GET",
        path: "/api/2.0/workspace-conf",
        query: { keys: keys.join(",") },
        schema: workspaceConfResponseSchema,
        retryMode: "idempotent",
        options,
      });
    },
  };
}
