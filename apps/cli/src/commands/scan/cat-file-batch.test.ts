import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CatFileBatch } from "./cat-file-batch.js";
import { makeRepo, type TestRepo } from "./test-support/git-repo.js";

describe("CatFileBatch", () => {
  let repo: TestRepo;
  const big = randomBytes(3 * 1024 * 1024);
  const ids: Record<string, string> = {};
  beforeAll(() => {
    repo = makeRepo();
    repo.commit({ "big.bin": big, "small.txt": "hello\n", "empty.txt": "" }, "blobs", 0);
    for (const name of ["big.bin", "small.txt", "empty.txt"]) ids[name] = repo.git("rev-parse", `HEAD:${name}`);
  }, 60_000);
  afterAll(() => repo.cleanup());

  it.each([
    ["read into one reused buffer", undefined],
    ["through a plain pipe when the reused-buffer socket cannot be made", () => Promise.reject(new Error("no socket here"))],
  ])("answers pipelined requests in order, large, small and empty blobs alike, and missing ones as undefined (%s)", async (_, openPipe) => {
    const batch = new CatFileBatch(repo.dir, openPipe);
    try {
      const [a, b, c, missing, again] = await Promise.all([
        batch.read(ids["big.bin"]!),
        batch.read(ids["small.txt"]!),
        batch.read(ids["empty.txt"]!),
        batch.read("0".repeat(40)),
        batch.read(ids["small.txt"]!),
      ]);
      expect(a!.equals(big)).toBe(true);
      expect(b!.toString()).toBe("hello\n");
      expect(c!.length).toBe(0);
      expect(missing).toBeUndefined();
      expect(again!.toString()).toBe("hello\n");
    } finally {
      batch.close();
    }
  });

  it("hands each object to a receiver as it arrives; what the receiver keeps of a transient view it copies", async () => {
    const batch = new CatFileBatch(repo.dir);
    try {
      const kept = await Promise.all(
        ["big.bin", "small.txt", "big.bin"].map((name) => batch.receive(ids[name]!, (content, transient) => (transient ? Buffer.from(content!) : content!))),
      );
      expect(kept[0]!.equals(big)).toBe(true);
      expect(kept[1]!.toString()).toBe("hello\n");
      expect(kept[2]!.equals(big)).toBe(true);
      await expect(batch.receive(ids["small.txt"]!, () => Promise.reject(new Error("receiver failed")))).rejects.toThrow("receiver failed");
      expect((await batch.read(ids["small.txt"]!))!.toString()).toBe("hello\n");
    } finally {
      batch.close();
    }
  });

  it("rejects with a git error when git cannot start in the folder", async () => {
    const batch = new CatFileBatch("/nonexistent-folder-for-dbcfg");
    await expect(batch.read(ids["small.txt"]!)).rejects.toThrow(/git cat-file --batch failed/);
  });
});
