import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readHistory, historyLogArgs } from "./history-log.js";
import { HistoryLogParser, type LoggedCommit, type PathChange } from "./history-log-parser.js";
import { makeRepo, type TestRepo } from "./test-support/git-repo.js";

/** Splits `bytes` into pieces at `cuts` (sorted offsets). */
const splitAt = (bytes: Buffer, cuts: readonly number[]): Buffer[] =>
  [0, ...cuts].map((start, i) => bytes.subarray(start, i < cuts.length ? cuts[i] : bytes.length));

/** A deterministic pseudo-random sequence (a linear congruential generator), so a failure can be replayed. */
function randomCuts(length: number, count: number, seed: number): number[] {
  let state = seed;
  const cuts = new Set<number>();
  while (cuts.size < Math.min(count, length - 1)) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    cuts.add(1 + (state % (length - 1)));
  }
  return [...cuts].sort((a, b) => a - b);
}

function parse(pieces: readonly Buffer[]): { commits: LoggedCommit[]; changes: PathChange[] } {
  const changes: PathChange[] = [];
  const parser = new HistoryLogParser((change) => changes.push(change));
  for (const piece of pieces) parser.push(piece);
  return { commits: parser.end(), changes };
}

describe("HistoryLogParser", () => {
  let repo: TestRepo;
  let output: Buffer;
  beforeAll(() => {
    repo = makeRepo();
    repo.commit({ "README.md": "# project\n", "src/a.js": "export const a = 1;\n" }, "root", 0);
    repo.commit({ "docs/ünïcødé näme.txt": "text\n", "src/a.js": null, "src/b.js": "export const a = 1;\n" }, "rename and unicode", 1);
    repo.git("checkout", "-q", "-b", "side");
    repo.commit({ "side.txt": "side\n" }, "side", 2);
    repo.git("checkout", "-q", "main");
    repo.commit({ "main.txt": "main\n" }, "main", 3);
    repo.git("merge", "-q", "--no-ff", "-m", "merge", "side");
    output = execFileSync("git", historyLogArgs(["--all"]), { cwd: repo.dir });
  }, 60_000);
  afterAll(() => repo.cleanup());

  it("reads what readHistory reads: commits parents first, one diff per parent, deletes skipped, unicode paths", async () => {
    const whole = parse([output]);
    expect(await readHistory(repo.dir, ["--all"])).toEqual(whole.commits);
    expect(whole.commits).toHaveLength(5);
    const merge = whole.commits.at(-1)!;
    expect(merge.parentCount).toBe(2);
    expect(merge.diffs).toHaveLength(2);
    expect(whole.commits[1]!.diffs[0]!.has("src/a.js")).toBe(false);
    expect([...whole.commits[1]!.diffs[0]!.keys()].sort()).toEqual(["docs/ünïcødé näme.txt", "src/b.js"]);
    expect(whole.changes).toEqual(whole.commits.flatMap((c) => c.diffs.flatMap((d) => [...d.values()])));
  });

  it("gives the same commits and changes whatever the chunk boundaries (inside fields, NULs and UTF-8 characters)", () => {
    const whole = parse([output]);
    expect(
      parse(
        splitAt(
          output,
          Array.from({ length: output.length - 1 }, (_, i) => i + 1),
        ),
      ),
    ).toEqual(whole);
    for (let seed = 1; seed <= 50; seed++) expect(parse(splitAt(output, randomCuts(output.length, 1 + (seed % 12), seed)))).toEqual(whole);
    const umlaut = output.indexOf(Buffer.from("ü"));
    expect(parse(splitAt(output, [umlaut + 1]))).toEqual(whole);
  });

  it("counts a last field that has no NUL after it", () => {
    const withoutLastNul = output.subarray(0, output.length - 1);
    expect(output[output.length - 1]).toBe(0);
    expect(parse([withoutLastNul])).toEqual(parse([output]));
  });
});
