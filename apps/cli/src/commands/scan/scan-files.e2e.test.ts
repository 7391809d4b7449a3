import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sarifErrors } from "../../test-support/validate-sarif.js";
import { fakePat } from "@dbcfg/pat/testing";
import { requireBuiltCli, runBuiltCli } from "../../test-support/run-built-cli.js";
import { scanReportSchema, type ScanReport } from "./scan-report-schema.js";
import { makeRepo, type TestRepo } from "./test-support/git-repo.js";

async function scan(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  requireBuiltCli();
  const run = await runBuiltCli(["scan", ...args], { env: { HOME: "/nonexistent-home" } });
  return { code: run.code ?? 2, stdout: run.stdout, stderr: run.stderr };
}

async function scanJson(args: string[]): Promise<{ code: number; report: ScanReport }> {
  const run = await scan([...args, "--format", "json"]);
  return { code: run.code, report: scanReportSchema.parse(JSON.parse(run.stdout)) };
}

const redacted = (token: string) => `dapi…${token.slice(-4)}`;

describe("dbcfg scan of files and of the index (built CLI)", { timeout: 120_000 }, () => {
  const t = { committed: fakePat(), staged: fakePat(), unstaged: fakePat(), ignored: fakePat(), untracked: fakePat(), minified: fakePat() };
  let repo: TestRepo;
  let plain: string;

  beforeAll(() => {
    repo = makeRepo();
    repo.commit({ ".gitignore": "secrets/\n", "app.py": `TOKEN = "${t.committed}"\n`, "clean.txt": "nothing\n" }, "init", 0);
    repo.write({ "staged.json": `{"token": "${t.staged}"}\n`, "secrets/local.env": `T=${t.ignored}\n`, "notes.md": `${t.untracked}\n` });
    repo.git("add", "staged.json");
    repo.write({ "clean.txt": `now ${t.unstaged}\n` });
    repo.write({ "dist/app.min.js": `var a=${"1+".repeat(15_000)}1;var t="${t.minified}";\n` });
    plain = mkdtempSync(join(tmpdir(), "dbcfg-scan-plain-"));
    writeFileSync(join(plain, "conf.ini"), `token = ${t.committed}\n`);
  }, 60_000);
  afterAll(() => {
    repo.cleanup();
    rmSync(plain, { recursive: true, force: true });
  });

  it("scans the working tree, honouring .gitignore (untracked files included, ignored ones not)", async () => {
    const { code, report } = await scanJson([repo.dir]);
    expect(code).toBe(1);
    const seen = report.findings.map((f) => f.redacted);
    for (const token of [t.committed, t.staged, t.unstaged, t.untracked, t.minified]) expect(seen).toContain(redacted(token));
    expect(seen).not.toContain(redacted(t.ignored));
    expect(report.findings.every((f) => f.inHead && f.commits === undefined)).toBe(true);
  });

  it("outside a git repository walks the folder", async () => {
    const { code, report } = await scanJson([plain]);
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([{ redacted: redacted(t.committed), line: 1, column: 9, tier: "literal" }]);
  });

  it("--staged sees only what is staged", async () => {
    const { report } = await scanJson(["--staged", repo.dir]);
    expect(report.findings.map((f) => `${f.file} ${f.redacted}`).sort()).toEqual(
      [`app.py ${redacted(t.committed)}`, `staged.json ${redacted(t.staged)}`].sort(),
    );
  });

  it("exit 0 with nothing to report", async () => {
    const run = await scan([join(repo.dir, ".gitignore")]);
    expect(run).toMatchObject({ code: 0, stdout: "No Databricks tokens found.\n" });
  });

  it("--baseline ignores known tokens, --update-baseline writes them; CI then fails only on new ones", async () => {
    const baseline = join(plain, "baseline.json");
    try {
      const missing = await scan([repo.dir, "--baseline", baseline]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain(`cannot read the baseline ${baseline}`);
      expect((await scan([repo.dir, "--baseline", baseline, "--update-baseline"])).code).toBe(0);
      const saved = JSON.parse(readFileSync(baseline, "utf8")) as { fingerprints: string[] };
      expect(saved.fingerprints).toHaveLength(5);
      expect(JSON.stringify(saved)).not.toContain(t.committed.slice(4));
      const quiet = await scanJson([repo.dir, "--baseline", baseline]);
      expect(quiet).toMatchObject({ code: 0, report: { findings: [], summary: { baselined: 5 } } });
      repo.write({ "new.txt": `${t.ignored.replace(/.$/, "7")}\n` });
      const fresh = await scanJson([repo.dir, "--baseline", baseline]);
      expect(fresh.code).toBe(1);
      expect(fresh.report.findings.map((f) => f.file)).toEqual(["new.txt"]);
      writeFileSync(baseline, '{"schemaVersion": 1, "fingerprints": ["nope"]}');
      const broken = await scan([repo.dir, "--baseline", baseline]);
      expect(broken.code).toBe(2);
      expect(broken.stderr).toContain(`the baseline ${baseline} is invalid at fingerprints.0: must be a 64-character hex fingerprint`);
    } finally {
      rmSync(join(repo.dir, "new.txt"), { force: true });
    }
  });

  it("SARIF validates against the official 2.1.0 schema and carries partialFingerprints; no token in it", async () => {
    const run = await scan([repo.dir, "--format", "sarif"]);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as { runs: Array<{ results: Array<{ partialFingerprints: Record<string, string>; locations: unknown[] }> }> };
    expect(sarifErrors(log)).toBe("");
    const json = await scanJson([repo.dir]);
    expect(log.runs[0]!.results.map((r) => r.partialFingerprints["dbcfgToken/v1"]).sort()).toEqual(json.report.findings.map((f) => f.fingerprint).sort());
    for (const token of Object.values(t)) expect(run.stdout + run.stderr).not.toContain(token.slice(4));
  });

  it("ESLint is loaded by scan only: the doctor's start-up does not load it", async () => {
    requireBuiltCli();
    // NODE_DEBUG logs every CommonJS (MODULE) and ES module (ESM) the process loads.
    const debug = { HOME: plain, NODE_DEBUG: "module,esm" };
    const eslintModule = /node_modules[\\/]eslint[\\/]/;
    const doctor = await runBuiltCli(["doctor", "--offline"], { env: debug });
    expect(doctor.stderr).toContain("ESM");
    expect(doctor.stderr).not.toMatch(eslintModule);
    const scanned = await runBuiltCli(["scan", plain], { env: debug });
    expect(scanned.stderr).toMatch(eslintModule);
  });

  it("usage errors exit 2 and name the flag", async () => {
    for (const [args, message] of [
      [["--format", "yaml"], '--format must be text or json or sarif, got "yaml".'],
      [["--history", "--staged"], "--history and --staged are different sources"],
      [["--since", "HEAD"], "--since and --branches need --history."],
      [["--fail-on", "live"], "--fail-on live needs --verify"],
      [["--verify", "--host", "http://127.0.0.1:1"], "--host must be an https:// workspace URL"],
    ] as const) {
      const run = await scan([...args, repo.dir]);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr).toContain(message);
    }
    const notRepo = await scan(["--history", plain]);
    expect(notRepo.code).toBe(2);
    expect(notRepo.stderr).toContain(`${plain} is not inside a git work tree`);
  });
});
