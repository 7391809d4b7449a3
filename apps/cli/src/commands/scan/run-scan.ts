import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError } from "../../cli/command.js";
import { CliError } from "../../cli/cli-error.js";
import type { CliContext } from "../../context.js";
import { printJson, printLine } from "../../io/print.js";
import { readBaseline, writeBaseline } from "./baseline.js";
import { buildScanReport } from "./build-scan-report.js";
import { loadDetector } from "./detector.js";
import { findWorkTreeRoot } from "./git-process.js";
import { groupHits } from "./group-hits.js";
import { scanHistory } from "./history-scan.js";
import { createProgress } from "./progress.js";
import { renderScanSarif } from "./render-scan-sarif.js";
import { renderScanText } from "./render-scan-text.js";
import type { ScanHit } from "./scan-hit.js";
import { parseScanOptions, type ScanOptions } from "./scan-options.js";
import { scanStaged } from "./staged-scan.js";
import { readProfileHosts } from "./verify-hosts.js";
import { verifyTokens } from "./verify-tokens.js";
import { scanWorkingTree } from "./working-tree.js";
import { openContentScanner } from "./content-scanner.js";

/** How many verification requests run at once. */
const VERIFY_PARALLELISM = 4;

/** A scan that cannot start: PATH is not a git repository, a revision is unknown, a file is unreadable. */
export class ScanSourceError extends CliError {
  constructor(message: string) {
    super("scan-source", message);
  }
}

async function repositoryOf(path: string): Promise<string> {
  const root = await findWorkTreeRoot(path);
  if (!root) throw new ScanSourceError(`${path} is not inside a git work tree (--history and --staged read a repository).`);
  return root;
}

async function collectHits(options: ScanOptions, ctx: CliContext): Promise<ScanHit[]> {
  const progress = createProgress(ctx.stderr, options.source === "files" ? "files" : "blobs");
  try {
    if (options.source === "history") {
      // The detector loads in a worker once `git log` runs, so that loading ESLint and reading the history overlap.
      return await scanHistory(
        await repositoryOf(options.paths[0]!),
        { branches: options.branches, ...(options.since ? { since: options.since } : {}) },
        openContentScanner,
        progress,
      );
    }
    const detector = await loadDetector();
    if (options.source === "staged") return await scanStaged(await repositoryOf(options.paths[0]!), detector, progress);
    return await scanWorkingTree(options.paths, ctx.cwd, detector, progress);
  } finally {
    progress.done();
  }
}

/** `dbcfg scan`: find, optionally verify, filter by baseline, render, and exit 1 when something is left to report. */
export async function run(args: readonly string[], ctx: CliContext): Promise<number> {
  const options = parseScanOptions(args, ctx.cwd);
  try {
    const hits = groupHits(await collectHits(options, ctx));
    const baseline = options.baseline ? await readBaseline(options.baseline, options.updateBaseline) : new Set<string>();
    if (options.updateBaseline) {
      await writeBaseline(
        options.baseline!,
        hits.map((h) => h.fingerprint),
      );
      printLine(ctx.stderr, `Wrote ${new Set(hits.map((h) => h.fingerprint)).size} fingerprints to ${options.baseline}.`);
      return EXIT_OK;
    }
    const reported = hits.filter((h) => !baseline.has(h.fingerprint));
    const verifications = options.verify
      ? await verifyTokens(reported, ctx, {
          hosts: options.hosts,
          profileHosts: await readProfileHosts(ctx),
          timeoutMs: options.timeoutMs,
          parallelism: VERIFY_PARALLELISM,
        })
      : undefined;
    const report = buildScanReport(reported, verifications, hits.length - reported.length);
    if (options.format === "json") printJson(ctx.stdout, report);
    else if (options.format === "sarif") printJson(ctx.stdout, renderScanSarif(report));
    else printLine(ctx.stdout, renderScanText(report, options.source));
    const failing = options.failOn === "live" ? report.summary.live : report.findings.length;
    return failing > 0 ? EXIT_FAILED : EXIT_OK;
  } catch (error) {
    if (error instanceof CliError && !(error instanceof UsageError)) {
      printLine(ctx.stderr, `Error: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
