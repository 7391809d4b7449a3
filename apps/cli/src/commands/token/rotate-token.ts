import { createHash, randomBytes } from "node:crypto";
import { isPat } from "@dbcfg/pat";
import type { Credentials } from "@dbcfg/token-api";
import { errorText } from "../../cli/error-text.js";
import { formatExpiry } from "./token-dates.js";
import type { NewToken, OpenTokenService, TokenService, TokenSummary } from "./token-service.js";
import { shellQuote } from "../../cli/shell-quote.js";

/** What `rotateToken` rotates: a PAT stored in one profile of one config file. */
export interface RotationPlan {
  host: string;
  profile: string;
  configFile: string;
  /** The PAT the profile holds now; absent when it holds none yet (a first PAT for a service principal). */
  oldToken?: string;
  /**
   * Who creates the new token when it is not the old token: a service principal's OAuth
   * credentials (`rotate -p <sp-profile> --save-to-profile NAME`). The new PAT belongs to it.
   */
  creator?: Credentials;
  lifetimeSeconds: number;
  /** The old token's id when the user knows it (`--old-token-id`); else it is looked up safely. */
  oldTokenId?: string;
}

export interface RotationDeps {
  open: OpenTokenService;
  /** Writes `token` into `profile` of `file` atomically (`undefined` removes it); resolves to the backup path, if one was made. */
  saveToken(file: string, profile: string, token: string | undefined, options: { backup: boolean }): Promise<string | undefined>;
  now(): number;
  /** A short random tag put in the new token's comment, to find it again after an ambiguous create. */
  nonce?(): string;
}

export type StepStatus = "ok" | "warn" | "fail";

/** The outcome: each step taken, and one sentence saying exactly what state things are in. */
export interface RotationReport {
  ok: boolean;
  steps: { status: StepStatus; text: string }[];
  state: string;
  newTokenId?: string;
  oldTokenId?: string;
}

/**
 * Rotates a profile's PAT so that at every moment the profile holds a working token:
 * 1. list tokens (with the old token) — to find the old token's id safely;
 * 2. create the new token, with a lifetime and a comment carrying a random tag;
 * 3. save it to the profile atomically, with a backup;
 * 4. verify it through SCIM `Me`;
 * 5. only then revoke the old token.
 * A failure at 2–4 undoes what was done (revokes the new token, restores the old one). With a
 * `creator`, steps 1–2 use its credentials, and step 5 applies only when there is an old token.
 */
export async function rotateToken(plan: RotationPlan, deps: RotationDeps): Promise<RotationReport> {
  const steps: RotationReport["steps"] = [];
  const where = `profile [${plan.profile}] in ${plan.configFile}`;
  const creator = plan.creator ?? plan.oldToken;
  if (creator === undefined) throw new Error("rotateToken needs an old token or a creator");
  const oldService = await deps.open(plan.host, creator);
  const holds = plan.oldToken === undefined ? "is unchanged" : "still holds its old token";

  let before: TokenSummary[];
  try {
    before = await oldService.list();
  } catch (error) {
    steps.push({ status: "fail", text: `could not list tokens with the current ${plan.creator ? "credentials" : "token"}: ${errorText(error)}` });
    return { ok: false, steps, state: `Nothing changed: ${where} ${holds}.` };
  }
  const oldTokenId = findOldTokenId(plan, before);

  const tag = (deps.nonce ?? (() => randomBytes(4).toString("hex")))();
  const comment = `dbcfg rotate [${plan.profile}] ${new Date(deps.now()).toISOString().slice(0, 10)} #${tag}`;
  let created: NewToken;
  try {
    created = await oldService.create({ comment, lifetimeSeconds: plan.lifetimeSeconds });
  } catch (error) {
    steps.push({ status: "fail", text: `could not create a new token: ${errorText(error)}` });
    const orphan = isRejection(error) ? "" : await cleanUpAmbiguousCreate(oldService, comment);
    return {
      ok: false,
      steps,
      state: `Nothing changed: ${where} ${plan.oldToken === undefined ? "is unchanged" : "still holds its old token, which is still valid"}.${orphan}`,
    };
  }
  const newId = created.tokenInfo.tokenId;
  steps.push({ status: "ok", text: `created token ${newId}, expires ${formatExpiry(created.tokenInfo.expiryTime, deps.now())}` });

  let backup: string | undefined;
  try {
    backup = await deps.saveToken(plan.configFile, plan.profile, created.tokenValue, { backup: true });
  } catch (error) {
    steps.push({ status: "fail", text: `could not save the new token to ${plan.configFile}: ${errorText(error)}` });
    const undo = await revokeQuietly(oldService, newId);
    const kept = plan.oldToken === undefined ? "is unchanged" : "still holds its old token, which is still valid";
    return { ok: false, steps, newTokenId: newId, state: `${where} ${kept} (the file was not changed). ${undo}` };
  }
  steps.push({ status: "ok", text: `saved it to ${where}${backup ? ` (backup of the previous file: ${backup})` : ""}` });

  const newService = await deps.open(plan.host, created.tokenValue);
  try {
    const me = await newService.me();
    steps.push({ status: "ok", text: `verified: the new token authenticates as ${me.userName}` });
  } catch (error) {
    steps.push({ status: "fail", text: `the new token did not authenticate: ${errorText(error)}` });
    return { ok: false, steps, newTokenId: newId, state: await undoSave(plan, deps, oldService, newId, backup) };
  }

  if (plan.oldToken === undefined && plan.oldTokenId === undefined) {
    return { ok: true, steps, newTokenId: newId, state: `Done: ${where} holds the new token (it held no token before).` };
  }
  if (oldTokenId === undefined) {
    steps.push({ status: "warn", text: "could not tell which listed token is the old one, so it was not revoked" });
    return {
      ok: false,
      steps,
      newTokenId: newId,
      state:
        `${where} now holds the new, verified token. The old token is STILL VALID: find it with ` +
        `\`dbcfg token list -p ${shellQuote(plan.profile)}\` and revoke it with \`dbcfg token revoke <id> -p ${shellQuote(plan.profile)}\`` +
        " (or rerun with --old-token-id <id>).",
    };
  }
  try {
    await newService.revoke(oldTokenId);
  } catch (error) {
    steps.push({ status: "fail", text: `could not revoke the old token ${oldTokenId}: ${errorText(error)}` });
    return {
      ok: false,
      steps,
      newTokenId: newId,
      oldTokenId,
      state:
        `${where} now holds the new, verified token. The old token ${oldTokenId} is STILL VALID: ` +
        `revoke it with \`dbcfg token revoke ${oldTokenId} -p ${shellQuote(plan.profile)}\`.`,
    };
  }
  steps.push({ status: "ok", text: `revoked the old token ${oldTokenId}` });
  return { ok: true, steps, newTokenId: newId, oldTokenId, state: `Done: ${where} holds the new token; the old one is revoked.` };
}

/**
 * The old token's id, only when it is certain: the id the user gave (if listed); else a listed id
 * equal to the SHA-256 of the token (Databricks documents token ids as that hash, and the emulator
 * does it — but it is not relied on: no match means no revocation); else, for a PAT, the only
 * token listed, since the token that authenticated the list call is necessarily in it.
 */
export function findOldTokenId(plan: Pick<RotationPlan, "oldToken" | "oldTokenId" | "creator">, listed: readonly TokenSummary[]): string | undefined {
  const ids = new Set(listed.map((t) => t.tokenId));
  if (plan.oldTokenId !== undefined) return ids.has(plan.oldTokenId) ? plan.oldTokenId : undefined;
  if (plan.oldToken === undefined) return undefined;
  const hash = createHash("sha256").update(plan.oldToken).digest("hex");
  if (ids.has(hash)) return hash;
  // Only when the old token itself made the list call is it necessarily the one listed.
  if (listed.length === 1 && plan.creator === undefined && isPat(plan.oldToken)) return listed[0]!.tokenId;
  return undefined;
}

/** A 4xx answer means the server refused the create: no token can have been made. */
function isRejection(error: unknown): boolean {
  const status = (error as { status?: unknown }).status;
  return typeof status === "number" && status >= 400 && status < 500;
}

/** After a create that may or may not have reached the server, finds the token by its comment and revokes it. */
async function cleanUpAmbiguousCreate(service: TokenService, comment: string): Promise<string> {
  try {
    const orphan = (await service.list()).find((t) => t.comment === comment);
    if (orphan === undefined) return " No new token was created.";
    return ` The server created a token anyway (${orphan.tokenId}); ${await revokeQuietly(service, orphan.tokenId)}`;
  } catch (error) {
    return ` A new token may have been created before the failure (${errorText(error)} while checking): look for comment "${comment}" in \`dbcfg token list\` and revoke it.`;
  }
}

async function revokeQuietly(service: TokenService, tokenId: string): Promise<string> {
  try {
    await service.revoke(tokenId);
    return `The new token ${tokenId} was revoked.`;
  } catch (error) {
    return `The new token ${tokenId} could not be revoked (${errorText(error)}): revoke it with \`dbcfg token revoke ${tokenId}\`.`;
  }
}

async function undoSave(plan: RotationPlan, deps: RotationDeps, oldService: TokenService, newId: string, backup: string | undefined): Promise<string> {
  const where = `profile [${plan.profile}] in ${plan.configFile}`;
  try {
    await deps.saveToken(plan.configFile, plan.profile, plan.oldToken, { backup: false });
  } catch (error) {
    return (
      `${where} now holds the NEW token, which failed verification, and the old token could not be put back ` +
      `(${errorText(error)}). The old token is still valid${backup ? ` and is in the backup ${backup}` : ""}; ` +
      `the new token ${newId} was left active so the profile keeps its token.`
    );
  }
  const restored = plan.oldToken === undefined ? `Removed the new token from ${where} again.` : `Restored the old token in ${where}; it is still valid.`;
  return `${restored} ${await revokeQuietly(oldService, newId)}`;
}
