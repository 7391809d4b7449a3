import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakePat } from "@dbcfg/pat/testing";
import { requireBuiltCli, runBuiltCli } from "../../test-support/run-built-cli.js";
import { scanReportSchema, type ScanFinding, type ScanReport } from "./scan-report-schema.js";
import { dayDate, makeRepo, type TestRepo } from "./test-support/git-repo.js";

async function scan(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  requireBuiltCli();
  const run = await runBuiltCli(["scan", ...args], { env: { HOME: "/nonexistent-home" } });
  return { code: run.code ?? 2, stdout: run.stdout, stderr: run.stderr };
}

async function scanJson(args: string[]): Promise<{ code: number; report: ScanReport; all: string }> {
  const run = await scan([...args, "--format", "json"]);
  return { code: run.code, report: scanReportSchema.parse(JSON.parse(run.stdout)), all: run.stdout + run.stderr };
}

const base64 = (text: string) => Buffer.from(text).toString("base64");

describe("dbcfg scan --history (built CLI, repositories built at test time)", { timeout: 120_000 }, () => {
  const t = {
    deleted: fakePat(),
    side: fakePat(),
    renamed: fakePat(),
    png: fakePat(),
    binary: fakePat(),
    merged: fakePat(),
    evil: fakePat(),
    concat: fakePat(),
    comment: fakePat(),
    escaped: fakePat(),
    encoded: fakePat(),
    yaml: fakePat(),
    ts: fakePat(),
    everywhere: fakePat(),
  };
  const c: Record<string, string> = {};
  let repo: TestRepo;

  beforeAll(() => {
    repo = makeRepo();
    c.root = repo.commit({ "README.md": "# project\n" }, "root", 0);
    c.deletedAdd = repo.commit({ "src/settings.js": `export const token = "${t.deleted}";\n` }, "add settings", 1);
    c.deletedRemove = repo.commit({ "src/settings.js": "export const token = process.env.DATABRICKS_TOKEN;\n" }, "remove token", 2);
    c.renamedAdd = repo.commit({ "old/name.txt": `token: ${t.renamed}\n` }, "add name", 3);
    c.rename = repo.commit({ "old/name.txt": null, "new/name.txt": `token: ${t.renamed}\n` }, "rename", 4);
    c.png = repo.commit(
      { "assets/logo.png": `not really a png ${t.png}\n`, "assets/real.bin": Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(t.binary)]) },
      "assets",
      5,
    );
    c.tiers = repo.commit(
      {
        "src/tiers.js": [
          `const a = "dapi" + "${t.concat.slice(4)}";`,
          `// old token ${t.comment}`,
          `const b = "\\x64api${t.escaped.slice(4)}";`,
          `const c = Buffer.from("${base64(t.encoded)}", "base64").toString();`,
          "",
        ].join("\n"),
        "deploy/config.yaml": `databricks:\n  token: ${t.yaml}\n`,
        "src/client.ts": `const token: string = "${t.ts.slice(0, 10)}" + "${t.ts.slice(10)}";\nexport default token;\n`,
      },
      "tiers",
      6,
    );
    c.everywhere = repo.commit({ "conf/shared.txt": `shared ${t.everywhere}\n` }, "shared", 7);
    for (let day = 8; day < 28; day++) repo.commit({ "log.txt": `entry ${day}\n` }, `entry ${day}`, day);
    repo.git("checkout", "-q", "-b", "side", c.root);
    c.side = repo.commit({ "side.py": `TOKEN = "${t.side}"\n` }, "side branch", 30);
    repo.git("checkout", "-q", "-b", "feature", "main");
    c.merged = repo.commit({ "feature.md": `use ${t.merged}\n` }, "feature", 31);
    repo.git("checkout", "-q", "main");
    repo.commit({ "log.txt": "main moved\n" }, "main moves", 32);
    repo.git("merge", "-q", "--no-ff", "--no-edit", "feature");
    repo.git("checkout", "-q", "-b", "evil", "HEAD~1");
    repo.commit({ "evil-base.txt": "x\n" }, "evil base", 33);
    repo.git("checkout", "-q", "main");
    repo.git("merge", "-q", "--no-ff", "--no-commit", "evil");
    repo.write({ "evil.env": `DATABRICKS_TOKEN=${t.evil}\n` });
    repo.git("add", "-A");
    repo.git("-c", "user.name=Test", "-c", "user.email=t@example.com", "commit", "-q", "-m", "evil merge");
    c.evil = repo.git("rev-parse", "HEAD");
  }, 60_000);
  afterAll(() => repo.cleanup());

  const one = (report: ScanReport, token: string, file: string): ScanFinding => {
    const redacted = `dapi…${token.slice(-4)}`;
    const matches = report.findings.filter((f) => f.redacted === redacted && f.file === file);
    expect(matches, `${file} ${redacted}`).toHaveLength(1);
    return matches[0]!;
  };

  it("finds each (token, path) once, with the introducing commit and whether HEAD still has it", async () => {
    const { code, report, all } = await scanJson(["--history", repo.dir]);
    expect(code).toBe(1);
    expect(one(report, t.deleted, "src/settings.js")).toMatchObject({
      tier: "literal",
      inHead: false,
      commits: [{ sha: c.deletedAdd, authorDate: dayDate(1) }],
      line: 1,
      column: 23,
    });
    expect(one(report, t.renamed, "old/name.txt")).toMatchObject({ inHead: false, commits: [{ sha: c.renamedAdd }] });
    expect(one(report, t.renamed, "new/name.txt")).toMatchObject({ inHead: true, commits: [{ sha: c.rename }] });
    expect(one(report, t.png, "assets/logo.png")).toMatchObject({ inHead: true, commits: [{ sha: c.png }] });
    expect(report.findings.some((f) => f.redacted === `dapi…${t.binary.slice(-4)}`)).toBe(false);
    expect(one(report, t.side, "side.py")).toMatchObject({ inHead: false, commits: [{ sha: c.side, authorDate: dayDate(30) }] });
    expect(one(report, t.merged, "feature.md")).toMatchObject({ inHead: true, commits: [{ sha: c.merged }] });
    expect(one(report, t.evil, "evil.env")).toMatchObject({ inHead: true, commits: [{ sha: c.evil }] });
    expect(one(report, t.everywhere, "conf/shared.txt").commits).toEqual([{ sha: c.everywhere, authorDate: dayDate(7) }]);
    for (const token of Object.values(t)) {
      expect(all).not.toContain(token);
      expect(all).not.toContain(token.slice(4));
    }
  });

  it("reads every tier the plugin reports, in several languages", async () => {
    const { report } = await scanJson(["--history", repo.dir]);
    expect(one(report, t.concat, "src/tiers.js")).toMatchObject({ tier: "concat", line: 1 });
    expect(one(report, t.comment, "src/tiers.js")).toMatchObject({ tier: "comment", line: 2 });
    expect(one(report, t.escaped, "src/tiers.js")).toMatchObject({ tier: "escaped", line: 3 });
    expect(one(report, t.encoded, "src/tiers.js")).toMatchObject({ tier: "encoded", line: 4 });
    expect(one(report, t.yaml, "deploy/config.yaml")).toMatchObject({ tier: "literal", line: 2, column: 10 });
    expect(one(report, t.ts, "src/client.ts")).toMatchObject({ tier: "concat", line: 1 });
  });

  it("fingerprints the token, not the place: the same token in two tiers has one fingerprint", async () => {
    const { report } = await scanJson(["--history", repo.dir]);
    const renamed = report.findings.filter((f) => f.redacted === `dapi…${t.renamed.slice(-4)}`);
    expect(new Set(renamed.map((f) => f.fingerprint)).size).toBe(1);
    expect(renamed[0]!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it("--since REV reports only what later commits introduced; --branches current leaves side branches out", async () => {
    const since = await scanJson(["--history", "--since", c.everywhere!, repo.dir]);
    expect(since.report.findings.map((f) => f.file).sort()).toEqual(["evil.env", "feature.md", "side.py"]);
    const current = await scanJson(["--history", "--branches", "current", repo.dir]);
    expect(current.report.findings.some((f) => f.file === "side.py")).toBe(false);
    expect(current.report.findings.some((f) => f.file === "evil.env")).toBe(true);
  });

  it("text output groups by token and never shows one", async () => {
    const run = await scan(["--history", repo.dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`dapi…${t.deleted.slice(-4)}  fingerprint `);
    expect(run.stdout).toContain(`src/settings.js:1:23 (literal), introduced in ${c.deletedAdd!.slice(0, 12)} on 2025-01-02, not at HEAD`);
    for (const token of Object.values(t)) expect(run.stdout + run.stderr).not.toContain(token.slice(4));
  });

  it("an unknown --since revision is an error that names it (exit 2)", async () => {
    const run = await scan(["--history", "--since", "no-such-rev", repo.dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no-such-rev");
  });
});
