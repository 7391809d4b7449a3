import type { Command } from "../cli/command.js";
import { lazyRun } from "../cli/lazy-run.js";
import { TOKEN_HELP } from "./token/help.js";

/** `dbcfg token create|list|revoke|rotate`: personal access tokens through the Token API. */
export const tokenCommand: Command = {
  name: "token",
  summary: "create, list, revoke and rotate personal access tokens",
  help: TOKEN_HELP,
  run: lazyRun(() => import("./token/run-token.js")),
};
