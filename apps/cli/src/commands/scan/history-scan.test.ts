import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakePat } from "@dbcfg/pat/testing";
import { openContentScanner } from "./content-scanner.js";
import { scanHistory } from "./history-scan.js";
import { makeRepo, type TestRepo } from "./test-support/git-repo.js";

const quiet = { advance() {}, done() {} };

describe("scanHistory (from sources, detector in this thread)", { timeout: 120_000 }, () => {
  const token = fakePat();
  // Joined pieces: only ESLint reading the blob as JavaScript sees the token, the raw text does not.
  const joined = `export const token = "dapi" + "${token.slice(4)}";\n`;
  let repo: TestRepo;
  const c: Record<string, string> = {};
  beforeAll(() => {
    repo = makeRepo();
    c.text = repo.commit({ "notes/joined.txt": joined }, "as text", 0);
    c.js = repo.commit({ "src/joined.js": joined }, "same blob as JavaScript", 1);
  }, 60_000);
  afterAll(() => repo.cleanup());

  it("scans a blob first seen under a .txt path again as JavaScript when a later commit gives it a .js path", async () => {
    const hits = await scanHistory(repo.dir, { branches: "current" }, openContentScanner, quiet);
    expect(hits.map((h) => ({ file: h.file, tier: h.tier, commits: h.commits?.map((x) => x.sha), inHead: h.inHead }))).toEqual([
      { file: "src/joined.js", tier: "concat", commits: [c.js], inHead: true },
    ]);
    expect(hits[0]!.token).toBe(token);
  });

  it("reports a git failure (an unknown --since revision) as an error naming the command", async () => {
    await expect(scanHistory(repo.dir, { branches: "current", since: "no-such-revision" }, openContentScanner, quiet)).rejects.toThrow(/git .*log.* failed/);
  });
});
