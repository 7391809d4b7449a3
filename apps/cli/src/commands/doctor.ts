import type { Command } from "../cli/command.js";
import { CHECKS } from "../checks/index.js";
import { exitCodeFor } from "../doctor/engine/build-report.js";
import { printReport } from "../doctor/render/print-report.js";
import { parseDoctorFlags } from "../doctor/engine/doctor-options.js";
import { DEFAULT_TIMEOUT_MS, diagnose } from "../doctor/engine/run-doctor.js";
import { runFix } from "../doctor/fix/run-fix.js";
import { printJson, printLine } from "../io/print.js";

const HELP = `Usage: dbcfg doctor [flags]

Diagnoses this machine's Databricks authentication set-up: the .databrickscfg file, every
profile, the DATABRICKS_* environment and (unless --offline) the workspace itself.

Flags:
  -p, --profile P        check profile P (default: the profile the SDKs would select)
      --all-profiles     run the online checks for every profile, not just the selected one
      --offline          skip DNS, TCP, TLS and API checks
  -o, --format F         text (default), json or sarif   (--json = --format json)
      --fail-on L        exit 1 on "fail" (default) or also on "warn"
      --fix              apply safe local fixes (mode 0600, host normalisation, earlier lines of
                         duplicate keys, a token wrapped onto two lines),
                         keep the previous file as <file>.bak (mode 0600, replaced by the next
                         --fix), and print the diff (secrets masked)
      --dry-run          with --fix: print the diff only, change nothing
      --timeout MS       per-check timeout of online checks in milliseconds (default ${DEFAULT_TIMEOUT_MS})
  -v, --verbose          list passed and skipped checks too
      --check ID         run only check ID (repeatable, or comma-separated); the checks it needs
                         still run and are marked "(prerequisite)"
      --skip ID          run every check but ID (repeatable); kept if a chosen check needs it
      --list-checks      list every check (id, group, title, prerequisites) and exit
      --anonymize        replace hosts, user names, workspace ids and paths under HOME with stable
                         placeholders, so the report can be pasted into an issue
      --demo             run the whole doctor against a local emulator and a deliberately broken
                         temporary config (exits 0 unless dbcfg itself fails)

Exit codes: 0 nothing failed, 1 a check failed (or warned with --fail-on warn), 2 usage or internal error.

Checks: ${CHECKS.map((c) => c.id).join(", ")}`;

/** `dbcfg doctor`: each check a file in src/checks, run in parallel, rendered as text, JSON or SARIF. */
export const doctorCommand: Command = {
  name: "doctor",
  summary: "diagnose .databrickscfg, profiles, environment and workspace access",
  help: HELP,
  async run(args, ctx) {
    const flags = parseDoctorFlags(args);
    if (flags.listChecks) {
      const { renderCheckList, toCheckListings } = await import("../doctor/render/list-checks.js");
      if (flags.format === "text") printLine(ctx.stdout, renderCheckList(CHECKS));
      else printJson(ctx.stdout, { checks: toCheckListings(CHECKS) });
      return 0;
    }
    if (flags.demo) {
      // Loaded only for --demo: the emulator (and node:http/https) stay out of every other run's start-up.
      const { runDemo } = await import("../doctor/demo/run-demo.js");
      return runDemo(ctx, flags, async (demoCtx) =>
        printReport(demoCtx, await diagnose(demoCtx, { ...flags, allProfiles: true, offline: false, profile: undefined }), flags),
      );
    }
    if (flags.fix) {
      await runFix(ctx, flags);
      if (flags.dryRun) return 0;
    }
    const report = await diagnose(ctx, flags);
    printReport(ctx, report, flags);
    return exitCodeFor(report, flags.failOn);
  },
};
