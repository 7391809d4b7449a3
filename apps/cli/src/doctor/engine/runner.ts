import { redactSecrets } from "@dbcfg/pat";
import type { CliContext } from "../../context.js";
import { CheckDeadline } from "./check-deadline.js";
import type { DoctorInput } from "../input/doctor-input.js";
import type { Check, CheckContext, CheckOutcome, Finding } from "./types.js";

/** How one doctor run behaves. */
export interface RunOptions {
  offline: boolean;
  /** Per-check (and per-request) timeout in ms. */
  timeoutMs: number;
  /** Called when a check starts and ends (drives the TTY spinner). */
  onProgress?: (event: { check: Check; phase: "start" | "end" }) => void;
}

/**
 * Runs every check in parallel, each as soon as the checks it `requires` have finished. A check
 * whose prerequisite failed (for the same profile, or globally) is skipped with the reason; one
 * that throws or exceeds its timeout becomes a `fail` carrying the (redacted) error; the run goes on.
 * Findings come back in registry order, so text, JSON and SARIF list them identically.
 */
export async function runChecks(checks: readonly Check[], input: DoctorInput, cli: CliContext, options: RunOptions): Promise<Finding[]> {
  const byId = new Map(checks.map((check) => [check.id, check]));
  const pending = new Map<string, Promise<RunnerFinding[]>>();
  const start = (check: Check): Promise<RunnerFinding[]> => {
    let running = pending.get(check.id);
    if (!running) {
      const prerequisites = check.requires.map((id) => {
        const required = byId.get(id);
        if (!required) throw new Error(`check "${check.id}" requires unknown check "${id}"`);
        return start(required);
      });
      running = Promise.all(prerequisites).then((done) => runOne(check, done.flat(), input, cli, options));
      pending.set(check.id, running);
    }
    return running;
  };
  const results = await Promise.all(checks.map(start));
  return results.flat().map((finding) => (finding.blocked ? withoutBlocked(finding) : finding));
}

/** A finding plus whether it is a skip caused by a failed prerequisite (which blocks dependents in turn). */
type RunnerFinding = Finding & { blocked?: true };

function withoutBlocked({ blocked: _blocked, ...finding }: RunnerFinding): Finding {
  return finding;
}

async function runOne(check: Check, prerequisiteFindings: RunnerFinding[], input: DoctorInput, cli: CliContext, options: RunOptions): Promise<RunnerFinding[]> {
  const tag = (outcome: CheckOutcome, profile?: string): RunnerFinding => {
    const finding: RunnerFinding = { id: check.id, title: check.title, ...outcome };
    if (profile !== undefined) finding.profile = profile;
    return finding;
  };
  if (check.online && options.offline) return [tag({ status: "skip", message: "Skipped: --offline." })];
  const failedBy = blockersOf(prerequisiteFindings);
  const skipBecause = (ids: string[], profile?: string): RunnerFinding => ({
    ...tag({ status: "skip", message: `Skipped: ${ids.join(", ")} did not pass.` }, profile),
    blocked: true,
  });
  options.onProgress?.({ check, phase: "start" });
  // Online checks, and checks that set their own timeoutMs, run under a deadline; offline checks
  // only read local data, so none of them can "time out" on a large local file.
  const deadline = new CheckDeadline(check.timeoutMs ?? options.timeoutMs, check.online || check.timeoutMs !== undefined);
  const ctx: CheckContext = {
    input,
    cli,
    get signal() {
      return deadline.signal;
    },
    timeoutMs: deadline.timeoutMs,
  };
  try {
    if (check.scope === "global") {
      const blockers = failedBy();
      if (blockers.length > 0) return [skipBecause(blockers)];
      return (await guarded(deadline, () => check.run(ctx))).map((o) => tag(o));
    }
    const targets = check.online ? input.onlineTargets : input.offlineTargets;
    if (targets.length === 0) return [tag({ status: "skip", message: "Skipped: no profile to check." })];
    // Most per-profile checks answer synchronously: only the profiles whose check returns a
    // promise are awaited, so 100,000 profiles do not cost 100,000 promises per check.
    const perProfile = targets.map((profile): RunnerFinding[] | Promise<RunnerFinding[]> => {
      const blockers = failedBy(profile);
      if (blockers.length > 0) return [skipBecause(blockers, profile)];
      const tagged = (outcomes: CheckOutcome[]) => outcomes.map((o) => tag(o, o.profile ?? profile));
      const outcomes = guarded(deadline, () => check.run(ctx, profile));
      return Array.isArray(outcomes) ? tagged(outcomes) : outcomes.then(tagged);
    });
    return (perProfile.some((findings) => !Array.isArray(findings)) ? await Promise.all(perProfile) : (perProfile as RunnerFinding[][])).flat();
  } finally {
    deadline.clear();
    options.onProgress?.({ check, phase: "end" });
  }
}

/**
 * The ids of the prerequisites that block a profile (or the whole check, for `undefined`): the
 * failed or blocked findings of that profile and those of no profile, in finding order. Indexed
 * once, so a check over 100,000 profiles does not filter every prerequisite finding per profile.
 */
function blockersOf(findings: readonly RunnerFinding[]): (profile?: string) => string[] {
  const blocking = findings.map((finding, order) => ({ finding, order })).filter(({ finding }) => finding.status === "fail" || finding.blocked);
  const everywhere = blocking.filter(({ finding }) => finding.profile === undefined);
  const byProfile = new Map<string, typeof blocking>();
  for (const entry of blocking) {
    if (entry.finding.profile === undefined) continue;
    const list = byProfile.get(entry.finding.profile) ?? [];
    list.push(entry);
    byProfile.set(entry.finding.profile, list);
  }
  const ids = (entries: typeof blocking) => [...new Set(entries.sort((a, b) => a.order - b.order).map(({ finding }) => finding.id))];
  return (profile) => {
    if (profile === undefined) return ids([...blocking]);
    const own = byProfile.get(profile);
    return own === undefined ? ids([...everywhere]) : ids([...everywhere, ...own]);
  };
}

/**
 * Runs one invocation under the check's deadline and turns a throw or a rejection into a `fail`
 * outcome. A synchronous answer stays synchronous.
 */
function guarded(deadline: CheckDeadline, invoke: () => Promise<CheckOutcome[]> | CheckOutcome[]): CheckOutcome[] | Promise<CheckOutcome[]> {
  let result: Promise<CheckOutcome[]> | CheckOutcome[];
  try {
    result = invoke();
  } catch (error) {
    return crashed(error);
  }
  return Array.isArray(result) ? atLeastOne(result) : deadline.race(result).then(atLeastOne, crashed);
}

function atLeastOne(outcomes: CheckOutcome[]): CheckOutcome[] {
  return outcomes.length > 0 ? outcomes : [{ status: "pass", message: "Nothing to report." }];
}

function crashed(error: unknown): CheckOutcome[] {
  const detail = error instanceof Error ? error.message : String(error);
  return [
    {
      status: "fail",
      message: `The check crashed: ${redactSecrets(detail)}`,
      fix: "Report this as a dbcfg bug with the output of `dbcfg doctor --format json`.",
    },
  ];
}
