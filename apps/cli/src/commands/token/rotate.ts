import { EXIT_FAILED, EXIT_OK, UsageError } from "../../cli/command.js";
import type { CliContext } from "../../context.js";
import { parseFlags, parseIntegerFlag, stringFlag } from "../../cli/parse-flags.js";
import { TIMEOUT_FLAG, parseTimeoutFlag } from "../../cli/timeout-flag.js";
import { printLine } from "../../io/print.js";
import { TargetError, resolveWorkspaceTarget } from "./workspace-target.js";
import { tokenServiceOpener } from "./open-token-service.js";
import { rotateToken, type RotationDeps, type RotationReport, type StepStatus } from "./rotate-token.js";
import { saveProfileToken } from "./save-profile-token.js";
import { planSaveToProfile, rotateToStdout, saveTokenWithHost } from "./rotate-principal.js";
import { DEFAULT_LIFETIME_SECONDS } from "./token-dates.js";

const MARK: Record<StepStatus, string> = { ok: "✓", warn: "!", fail: "✗" };

/**
 * `dbcfg token rotate`: a PAT profile rotates its own token (refused when the token in use does not
 * come from a profile it can rewrite); a service-principal profile creates a PAT for the principal
 * and saves it to `--save-to-profile NAME`, or prints it once on stdout.
 */
export async function runTokenRotate(args: readonly string[], ctx: CliContext, deps?: Partial<RotationDeps>): Promise<number> {
  const { values } = parseFlags(args, {
    profile: { type: "string", short: "p" },
    "lifetime-seconds": { type: "string" },
    "old-token-id": { type: "string" },
    "save-to-profile": { type: "string" },
    show: { type: "boolean" },
    ...TIMEOUT_FLAG,
  });
  const lifetimeSeconds = parseIntegerFlag("lifetime-seconds", values["lifetime-seconds"], 1) ?? DEFAULT_LIFETIME_SECONDS;
  const timeoutMs = parseTimeoutFlag(values.timeout);
  const target = await resolveWorkspaceTarget(ctx, stringFlag(values, "profile"));
  const oldTokenId = stringFlag(values, "old-token-id");
  const saveTo = stringFlag(values, "save-to-profile");
  const open = deps?.open ?? tokenServiceOpener(ctx, timeoutMs);
  if (target.credentials.authType !== "pat") {
    if (saveTo === undefined) return rotateToStdout(ctx, target, open, { lifetimeSeconds, show: values.show === true, ...(oldTokenId ? { oldTokenId } : {}) });
    const { plan, hostMissing } = await planSaveToProfile(target, saveTo, lifetimeSeconds, oldTokenId);
    printLine(ctx.stdout, `Creating a token for the service principal on ${target.host} and saving it to profile [${saveTo}]:`);
    return printReport(ctx, await rotateToken(plan, { open, saveToken: saveTokenWithHost(target.host, hostMissing), now: ctx.now, ...deps }));
  }
  if (saveTo !== undefined || values.show === true) {
    throw new UsageError("--save-to-profile and --show are for service-principal (OAuth) profiles; a PAT profile rotates its own token.");
  }
  if (target.profile === undefined || target.configFile === undefined) {
    throw new TargetError(
      `the token in use comes from the ${target.tokenOrigin}, not from a profile, so there is nothing to rewrite. ` +
        "Unset it, or rotate a profile with -p PROFILE.",
    );
  }
  if (!target.hostOrigin.startsWith(`profile [${target.profile}]`)) {
    throw new TargetError(
      `the host comes from the ${target.hostOrigin}, not from profile [${target.profile}]: ` +
        "a token created there would not belong to the profile's workspace. Unset it and retry.",
    );
  }
  printLine(ctx.stdout, `Rotating the token of profile [${target.profile}] on ${target.host}:`);
  const report = await rotateToken(
    {
      host: target.host,
      profile: target.profile,
      configFile: target.configFile,
      oldToken: target.token,
      lifetimeSeconds,
      ...(oldTokenId ? { oldTokenId } : {}),
    },
    { open, saveToken: saveProfileToken, now: ctx.now, ...deps },
  );
  return printReport(ctx, report);
}

function printReport(ctx: CliContext, report: RotationReport): number {
  for (const step of report.steps) printLine(ctx.stdout, `  ${MARK[step.status]} ${step.text}`);
  printLine(report.ok ? ctx.stdout : ctx.stderr, report.state);
  return report.ok ? EXIT_OK : EXIT_FAILED;
}
