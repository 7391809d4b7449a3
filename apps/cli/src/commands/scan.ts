import type { Command } from "../cli/command.js";
import { lazyRun } from "../cli/lazy-run.js";
import { SCAN_HELP } from "./scan/help.js";

/** `dbcfg scan`: Databricks tokens in a repository and its git history. ESLint is loaded only when it runs. */
export const scanCommand: Command = {
  name: "scan",
  summary: "find Databricks tokens in files and git history, and check which are live",
  help: SCAN_HELP,
  run: lazyRun(() => import("./scan/run-scan.js")),
};
