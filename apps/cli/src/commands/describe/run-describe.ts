import { DIALECTS } from "@dbcfg/config-file";
import { resolveConfig, type Dialect } from "@dbcfg/unified-auth";
import { EXIT_FAILED, EXIT_OK, UsageError } from "../../cli/command.js";
import type { CliContext } from "../../context.js";
import { palette, useColor } from "../../io/color.js";
import { errorText } from "../../cli/error-text.js";
import { parseFlags, stringFlag } from "../../cli/parse-flags.js";
import { printJson, printLine } from "../../io/print.js";
import { compareDialects, type DialectOutcome } from "./compare-dialects.js";
import { redactResolution } from "./redact-resolution.js";
import { dialectName, renderResolution } from "./render-resolution.js";
import { optimisticTokenExchange } from "../../auth/credentials-of-resolution.js";
import { doctorHint } from "../../cli/doctor-hint.js";

/** An SDK's error under its heading, every line indented (a parse error holds the file's line break). */
function indented(message: string): string {
  return message.trimEnd().replace(/^/gm, "  ");
}

async function resolveOutcome(ctx: CliContext, profile: string | undefined, dialect: Dialect): Promise<DialectOutcome> {
  try {
    const resolution = await resolveConfig({
      explicit: profile === undefined ? {} : { profile },
      env: ctx.env,
      homeDir: ctx.homeDir,
      cwd: ctx.cwd,
      dialect,
      // A service principal's secret counts as configured, as it would once the SDK reaches the
      // workspace's token endpoint: describe stays offline (see auth/credentials-of-resolution.ts).
      probes: { tokenExchange: optimisticTokenExchange },
    });
    return { resolution: redactResolution(resolution) };
  } catch (error) {
    if (!(error instanceof Error) || typeof (error as { code?: unknown }).code !== "string") throw error;
    return { error: { message: errorText(error) } };
  }
}

function parseSdk(raw: string | undefined): Dialect | "all" {
  if (raw === undefined) return "go";
  if (raw === "all" || (DIALECTS as readonly string[]).includes(raw)) return raw as Dialect | "all";
  throw new UsageError(`--sdk must be one of go, python, js, all; got "${raw}".`);
}

/** `dbcfg describe`: the resolution with the source of every value, per SDK dialect. */
export async function run(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values } = parseFlags(args, {
    profile: { type: "string", short: "p" },
    sdk: { type: "string" },
    json: { type: "boolean" },
  });
  const sdk = parseSdk(stringFlag(values, "sdk"));
  const profile = stringFlag(values, "profile");
  const json = values.json === true;
  const colors = palette(useColor(ctx));

  if (sdk !== "all") {
    const outcome = await resolveOutcome(ctx, profile, sdk);
    if ("error" in outcome) {
      if (json) printJson(ctx.stdout, outcome);
      else
        printLine(ctx.stderr, `Unable to resolve the configuration for the ${dialectName(sdk)}:\n${indented(outcome.error.message)}\n${doctorHint(profile)}`);
      return EXIT_FAILED;
    }
    if (json) printJson(ctx.stdout, outcome.resolution);
    else printLine(ctx.stdout, renderResolution(outcome.resolution, colors));
    return EXIT_OK;
  }

  const outcomes = {} as Record<Dialect, DialectOutcome>;
  for (const dialect of DIALECTS) outcomes[dialect] = await resolveOutcome(ctx, profile, dialect);
  const disagreements = compareDialects(outcomes);
  const failed = Object.values(outcomes).some((o) => "error" in o);
  if (json) {
    const resolutions = Object.fromEntries(Object.entries(outcomes).map(([d, o]) => [d, "error" in o ? o : o.resolution]));
    printJson(ctx.stdout, { resolutions, disagreements });
    return failed ? EXIT_FAILED : EXIT_OK;
  }
  const sections: string[] = [];
  for (const dialect of DIALECTS) {
    const outcome = outcomes[dialect];
    sections.push(
      `== ${dialect}: the ${dialectName(dialect)} ==\n` +
        ("error" in outcome ? `${colors.red("✗")} Unable to resolve:\n${indented(outcome.error.message)}` : renderResolution(outcome.resolution, colors)),
    );
  }
  if (disagreements.length === 0) {
    sections.push(failed ? colors.red("The three SDKs fail the same way.") : colors.green("The three SDKs resolve this configuration the same way."));
  } else {
    const rows = disagreements.map(
      (d) =>
        `  ${colors.yellow("!")} ${d.field}:\n${Object.entries(d.values)
          .map(([dialect, v]) => `      ${dialect.padEnd(6)} ${v}`)
          .join("\n")}`,
    );
    sections.push(`Where the SDKs disagree (${disagreements.length}):\n${rows.join("\n")}`);
  }
  printLine(ctx.stdout, sections.join("\n\n"));
  return failed ? EXIT_FAILED : EXIT_OK;
}
