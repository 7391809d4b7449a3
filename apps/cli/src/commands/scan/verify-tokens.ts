import type { CliContext } from "../../context.js";
import { tokenServiceOpener } from "../token/open-token-service.js";
import type { OpenTokenService } from "../token/token-service.js";
import type { ScanHit } from "./scan-hit.js";
import type { VerificationStatus } from "./scan-report-schema.js";
import { candidateHosts, type TrustedHost } from "./verify-hosts.js";
import { fingerprintToken } from "./fingerprint.js";
import { createHash } from "node:crypto";
import { shellQuote } from "../../cli/shell-quote.js";

/** What `--verify` found for one token (by fingerprint). */
export interface Verification {
  status: VerificationStatus;
  host?: string;
  revokeCommand?: string;
}

export interface VerifyOptions {
  /** `--host` origins. */
  hosts: readonly string[];
  profileHosts: readonly TrustedHost[];
  timeoutMs: number;
  parallelism: number;
  open?: OpenTokenService;
}

type Answer = { kind: "live"; userName: string | undefined } | { kind: "refused" } | { kind: "unknown" };

/** A 401 or 403 means the workspace was reached and refused the token (revoked, expired or invalid). */
function isRefusal(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return status === 401 || status === 403;
}

/**
 * Asks workspaces whether each distinct token is live (`GET /api/2.0/preview/scim/v2/Me`,
 * https://docs.databricks.com/api/workspace/currentuser/me), only at the hosts `candidateHosts`
 * allows, over TLS with certificate verification (the default of fetch), with a timeout, at most
 * `parallelism` requests at once, and each token at most once per host. A token is live when one
 * host says so, revoked/invalid when a host refused it and none accepted it, unknown otherwise.
 */
export async function verifyTokens(hits: readonly ScanHit[], ctx: CliContext, options: VerifyOptions): Promise<Map<string, Verification>> {
  const open = options.open ?? tokenServiceOpener(ctx, options.timeoutMs);
  const trusted = [...options.hosts, ...options.profileHosts.map((h) => h.origin)];
  const tokens = new Map<string, { token: string; hosts: Set<string> }>();
  for (const hit of hits) {
    if (!hit.token) continue;
    const fingerprint = fingerprintToken(hit.token);
    if (!tokens.has(fingerprint)) tokens.set(fingerprint, { token: hit.token, hosts: new Set() });
    candidateHosts(trusted, hit.nearbyHosts).forEach((host) => tokens.get(fingerprint)!.hosts.add(host));
  }
  const jobs = [...tokens].flatMap(([fingerprint, { token, hosts }]) => [...hosts].map((host) => ({ fingerprint, token, host })));
  const answers = new Map<string, { host: string; answer: Answer }[]>();
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const answer = await ask(open, job.host, job.token);
      if (!answers.has(job.fingerprint)) answers.set(job.fingerprint, []);
      answers.get(job.fingerprint)!.push({ host: job.host, answer });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.parallelism) }, worker));

  const results = new Map<string, Verification>();
  for (const [fingerprint, { token }] of tokens) {
    const replies = answers.get(fingerprint) ?? [];
    const live = replies.find((r) => r.answer.kind === "live");
    if (live && live.answer.kind === "live") {
      const revokeCommand = await revokeCommandFor(open, token, live.host, live.answer.userName, options.profileHosts);
      results.set(fingerprint, { status: "live", host: live.host, ...(revokeCommand ? { revokeCommand } : {}) });
      continue;
    }
    const refused = replies.find((r) => r.answer.kind === "refused");
    results.set(fingerprint, refused ? { status: "revoked/invalid", host: refused.host } : { status: "unknown" });
  }
  return results;
}

async function ask(open: OpenTokenService, host: string, token: string): Promise<Answer> {
  try {
    const me = await (await open(host, token)).me();
    return { kind: "live", userName: me.userName };
  } catch (error) {
    return isRefusal(error) ? { kind: "refused" } : { kind: "unknown" };
  }
}

/**
 * `dbcfg token revoke <id> -p <profile>` when the live token belongs to the user of one of their own
 * profiles for that host (SCIM Me answers the same user for both), and its id is known: the id the
 * token's own token list shows that equals the SHA-256 of the token.
 */
async function revokeCommandFor(
  open: OpenTokenService,
  token: string,
  host: string,
  userName: string | undefined,
  profileHosts: readonly TrustedHost[],
): Promise<string | undefined> {
  if (!userName) return undefined;
  const profiles = profileHosts.find((h) => h.origin === host)?.profiles ?? [];
  for (const profile of profiles) {
    if (!profile.token) continue;
    try {
      const owner = await (await open(host, profile.token)).me();
      if (owner.userName !== userName) continue;
      const id = createHash("sha256").update(token, "utf8").digest("hex");
      const listed = await (await open(host, token)).list();
      if (!listed.some((t) => t.tokenId === id)) return undefined;
      return `dbcfg token revoke ${id} -p ${shellQuote(profile.name)}`;
    } catch {
      continue;
    }
  }
  return undefined;
}
