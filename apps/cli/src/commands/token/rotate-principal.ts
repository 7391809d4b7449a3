import { EXIT_OK, UsageError } from "../../cli/command.js";
import type { CliContext } from "../../context.js";
import { printLine } from "../../io/print.js";
import { readProfileValues, writeProfileChanges } from "../../io/config-file-access.js";
import { TargetError, type WorkspaceTarget } from "./workspace-target.js";
import type { OpenTokenService } from "./token-service.js";
import type { RotationPlan } from "./rotate-token.js";
import { formatExpiry } from "./token-dates.js";

/** Keys that make a profile a service principal's: a PAT saved next to them would conflict. */
const PRINCIPAL_KEYS = ["client_secret", "azure_client_secret"];

/**
 * The plan for `rotate -p <sp-profile> --save-to-profile NAME`: the principal's OAuth credentials
 * create the PAT, and NAME (in the same config file) receives it. NAME must not hold the
 * principal's own secret (the PAT would shadow it) and, when it names a host, must name this one.
 */
export async function planSaveToProfile(
  target: WorkspaceTarget,
  name: string,
  lifetimeSeconds: number,
  oldTokenId: string | undefined,
): Promise<{ plan: RotationPlan; hostMissing: boolean }> {
  const configFile = target.configFile ?? target.resolution.configFile;
  const current = await readProfileValues(configFile, name);
  const conflicting = PRINCIPAL_KEYS.find((key) => current.values[key] !== undefined);
  if (conflicting !== undefined) {
    throw new TargetError(
      `profile [${name}] holds ${conflicting}: a token saved there would take precedence over it. ` +
        "Save the PAT to a profile of its own (e.g. --save-to-profile " +
        `${name}-pat).`,
    );
  }
  const host = current.values.host;
  if (host !== undefined && origin(host) !== target.host) {
    throw new TargetError(`profile [${name}] points at ${host}, not ${target.host}: a token of this workspace would not work there.`);
  }
  const oldToken = current.values.token;
  return {
    hostMissing: host === undefined,
    plan: {
      host: target.host,
      profile: name,
      configFile,
      creator: target.credentials,
      lifetimeSeconds,
      ...(oldToken ? { oldToken } : {}),
      ...(oldTokenId ? { oldTokenId } : {}),
    },
  };
}

/** Saves a token to NAME, adding the workspace host when NAME has none, so the profile works alone. */
export function saveTokenWithHost(host: string, hostMissing: boolean) {
  return (file: string, profile: string, token: string | undefined, options: { backup: boolean }): Promise<string | undefined> =>
    writeProfileChanges(file, profile, [...(hostMissing && token !== undefined ? [{ key: "host", to: host }] : []), { key: "token", to: token }], options);
}

/**
 * `rotate -p <sp-profile>` without `--save-to-profile`: a new PAT for the principal written once
 * to stdout, for a secret store; the old PAT (`--old-token-id`) is revoked only after that.
 * Refused before anything is created when stdout is a terminal, unless `--show`.
 */
export async function rotateToStdout(
  ctx: CliContext,
  target: WorkspaceTarget,
  open: OpenTokenService,
  options: { lifetimeSeconds: number; oldTokenId?: string; show: boolean },
): Promise<number> {
  if (ctx.stdout.isTTY && !options.show) {
    throw new UsageError(
      "stdout is a terminal: refusing to print the new token where scrollback keeps it. Pipe it into your secret store, " +
        "use --save-to-profile NAME, or pass --show. No token was created.",
    );
  }
  const service = await open(target.host, target.credentials);
  const created = await service.create({
    comment: `dbcfg rotate ${target.credentials.authType} ${new Date(ctx.now()).toISOString().slice(0, 10)}`,
    lifetimeSeconds: options.lifetimeSeconds,
  });
  ctx.stdout.write(created.tokenValue + "\n");
  printLine(
    ctx.stderr,
    `Created token ${created.tokenInfo.tokenId} for the service principal on ${target.host}, expires ${formatExpiry(created.tokenInfo.expiryTime, ctx.now())}.`,
  );
  if (options.oldTokenId !== undefined) {
    await service.revoke(options.oldTokenId);
    printLine(ctx.stderr, `Revoked the old token ${options.oldTokenId}.`);
  } else {
    printLine(ctx.stderr, "No old token was revoked (give --old-token-id ID to revoke the one this replaces).");
  }
  return EXIT_OK;
}

function origin(host: string): string {
  try {
    return new URL(/^[a-z]+:\/\//i.test(host) ? host : `https://${host}`).origin;
  } catch {
    return host;
  }
}
