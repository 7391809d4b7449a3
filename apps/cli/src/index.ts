export { main } from "./main.js";
export { createProcessContext, type CliContext, type TextSink } from "./context.js";
export { EXIT_OK, EXIT_FAILED, EXIT_USAGE, UsageError, type Command } from "./command.js";
