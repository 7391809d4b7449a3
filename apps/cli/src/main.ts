import { EXIT_OK, EXIT_USAGE, UsageError } from "./cli/command.js";
import { usageSynopsis } from "./cli/usage-synopsis.js";
import { COMMANDS } from "./commands/index.js";
import type { CliContext } from "./context.js";
import { printLine } from "./io/print.js";
import { redactSecrets } from "@dbcfg/pat";
import { VERSION } from "./version.js";

function topLevelHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), 8);
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    "dbcfg — make Databricks personal-access-token authentication hard to get wrong",
    "",
    "Usage: dbcfg <command> [flags]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `dbcfg <command> --help` for a command's flags.",
  ].join("\n");
}

/** Runs `dbcfg` with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    printLine(ctx.stdout, topLevelHelp());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === "--version" || name === "-v") {
    printLine(ctx.stdout, VERSION);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    printLine(ctx.stderr, `Error: unknown command "${name}".\n\n${topLevelHelp()}`);
    return EXIT_USAGE;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    printLine(ctx.stdout, command.help);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      printLine(ctx.stderr, `Error: ${error.message}\n\n${usageSynopsis(command.help)}\n\nRun \`dbcfg ${name} --help\` for its flags.`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    // The bundle ships its source maps (dist/bundle/*.map), which Node applies only when asked.
    const sourceMapHint = "\n(With NODE_OPTIONS=--enable-source-maps the trace names dbcfg's source files.)";
    printLine(ctx.stderr, `Internal error in dbcfg ${name}: ${redactSecrets(message)}${sourceMapHint}`);
    return EXIT_USAGE;
  }
}
