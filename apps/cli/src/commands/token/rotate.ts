import { EXIT_FAILED, EXIT_OK } from "../../cli/command.js";
import type { CliContext } from "../../context.js";
import { parseFlags, parseIntegerFlag, stringFlag } from "../../cli/parse-flags.js";
import { TIMEOUT_FLAG, parseTimeoutFlag } from "../../cli/timeout-flag.js";
import { printLine } from "../../io/print.js";
import { TargetError, resolveWorkspaceTarget } from "./workspace-target.js";
import { tokenServiceOpener } from "./open-token-service.js";
import { rotateToken, type RotationDeps, type StepStatus } from "./rotate-token.js";
import { saveProfileToken } from "./save-profile-token.js";
import { DEFAULT_LIFETIME_SECONDS } from "./token-dates.js";

const MARK: Record<StepStatus, string> = { ok: "✓", warn: "!", fail: "✗" };

/** `dbcfg token rotate`: refuses when the token in use does not come from a profile it can rewrite. */
export async function runTokenRotate(args: readonly string[], ctx: CliContext, deps?: Partial<RotationDeps>): Promise<number> {
  const { values } = parseFlags(args, {
    profile: { type: "string", short: "p" },
    "lifetime-seconds": { type: "string" },
    "old-token-id": { type: "string" },
    ...TIMEOUT_FLAG,
  });
  const lifetimeSeconds = parseIntegerFlag("lifetime-seconds", values["lifetime-seconds"], 1) ?? DEFAULT_LIFETIME_SECONDS;
  const timeoutMs = parseTimeoutFlag(values.timeout);
  const target = await resolveWorkspaceTarget(ctx, stringFlag(values, "profile"));
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
  const oldTokenId = stringFlag(values, "old-token-id");
  const report = await rotateToken(
    {
      host: target.host,
      profile: target.profile,
      configFile: target.configFile,
      oldToken: target.token,
      lifetimeSeconds,
      ...(oldTokenId ? { oldTokenId } : {}),
    },
    { open: tokenServiceOpener(ctx, timeoutMs), saveToken: saveProfileToken, now: ctx.now, ...deps },
  );
  for (const step of report.steps) printLine(ctx.stdout, `  ${MARK[step.status]} ${step.text}`);
  printLine(report.ok ? ctx.stdout : ctx.stderr, report.state);
  return report.ok ? EXIT_OK : EXIT_FAILED;
}
