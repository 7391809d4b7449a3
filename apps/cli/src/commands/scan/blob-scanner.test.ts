import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakePat } from "@dbcfg/pat/testing";
import { BlobScanQueue, scanOf } from "./blob-scanner.js";
import type { ContentScan } from "./scan-content.js";
import { makeRepo, type TestRepo } from "./test-support/git-repo.js";

const quiet = { advance() {}, done() {} };

describe("BlobScanQueue", () => {
  let repo: TestRepo;
  let blob: string;
  let clean: string;
  beforeAll(() => {
    repo = makeRepo();
    repo.commit({ "a.txt": `token = "${fakePat()}"\n`, "clean.txt": "nothing to see\n" }, "blobs", 0);
    blob = repo.git("rev-parse", "HEAD:a.txt");
    clean = repo.git("rev-parse", "HEAD:clean.txt");
  }, 60_000);
  afterAll(() => repo.cleanup());

  /** A scan that finds one detection per call, named after the path it was read as. */
  function recordingScan(calls: string[]) {
    return async (path: string, content: Buffer): Promise<ContentScan> => {
      calls.push(path);
      return { detections: [{ token: undefined, redacted: `as ${path}`, line: 1, column: content.length, tier: "literal" }], hosts: [] };
    };
  }

  it("reads a blob again when a path of a new language names it after it was read, and not for a language it was read as", async () => {
    const calls: string[] = [];
    let firstScanned!: () => void;
    const scanned = new Promise<void>((resolve) => (firstScanned = resolve));
    const record = recordingScan(calls);
    const queue = new BlobScanQueue(repo.dir, (path, content) => record(path, content).finally(firstScanned), quiet);
    queue.add(blob, "a.txt");
    await scanned;
    expect(calls).toEqual(["a.txt"]);
    queue.add(blob, "later/b.js");
    queue.add(blob, "other/c.TXT");
    queue.add(clean, "clean.js");
    const scans = await queue.finish();
    expect(calls).toEqual(["a.txt", "later/b.js"]);
    expect(scanOf(scans, blob, "x.js")?.detections[0]?.redacted).toBe("as later/b.js");
    expect(scanOf(scans, blob, "other/c.TXT")?.detections[0]?.redacted).toBe("as a.txt");
    expect(scans.has(clean)).toBe(false);
  });

  it("rejects finish with git's error when a blob cannot be read", async () => {
    const queue = new BlobScanQueue("/nonexistent-folder-for-dbcfg", recordingScan([]), quiet);
    queue.add(blob, "a.txt");
    await expect(queue.finish()).rejects.toThrow(/git cat-file --batch failed/);
  });
});
