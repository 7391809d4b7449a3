import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { acquireFileLock } from "./file-lock.js";
import { LockTimeoutError } from "./errors.js";

const made: string[] = [];
function lockIn(): string {
  const dir = mkdtempSync(join(tmpdir(), "dbcfg-lock-"));
  made.push(dir);
  return join(dir, "cfg.lock");
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe("acquireFileLock", () => {
  it("holds the pid, excludes a second taker until released", async () => {
    const lockPath = lockIn();
    const first = await acquireFileLock(lockPath);
    expect(first.attempts).toBe(1);
    expect(JSON.parse(readFileSync(lockPath, "utf8")).pid).toBe(process.pid);
    let clock = 0;
    const order: string[] = [];
    const second = acquireFileLock(lockPath, {
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
        order.push("waited");
        if (order.length === 3) {
          await first.release();
          order.push("released");
        }
      },
    }).then((lock) => {
      order.push("acquired");
      return lock;
    });
    const lock = await second;
    expect(order).toEqual(["waited", "waited", "waited", "released", "acquired"]);
    expect(lock.attempts).toBe(4);
    await lock.release();
    expect(existsSync(lockPath)).toBe(false);
  });

  it("times out with the holder's pid and a way out", async () => {
    const lockPath = lockIn();
    const held = await acquireFileLock(lockPath);
    let clock = 0;
    const error = await acquireFileLock(lockPath, { now: () => clock, sleep: async (ms) => void (clock += ms), timeoutMs: 1_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockTimeoutError);
    expect((error as LockTimeoutError).holderPid).toBe(process.pid);
    expect((error as Error).message).toMatch(/delete the lock file/);
    await held.release();
  });

  it("does not release a lock another owner took over", async () => {
    const lockPath = lockIn();
    const lock = await acquireFileLock(lockPath);
    writeFileSync(lockPath, JSON.stringify({ pid: process.pid, host: "x", nonce: "someone-else", createdAt: Date.now() }));
    await lock.release();
    expect(existsSync(lockPath)).toBe(true);
  });
});

describe("acquireFileLock without hard links", () => {
  it("falls back to an exclusive create when the file system refuses link()", async () => {
    const { nodeFileSystem } = await import("./file-system.js");
    const lockPath = lockIn();
    const noLinks = {
      ...nodeFileSystem,
      link: async () => {
        throw Object.assign(new Error("EPERM: operation not permitted, link"), { code: "EPERM" });
      },
    };
    const lock = await acquireFileLock(lockPath, { fs: noLinks });
    expect(JSON.parse(readFileSync(lockPath, "utf8")).pid).toBe(process.pid);
    let clock = 0;
    const second = await acquireFileLock(lockPath, { fs: noLinks, now: () => clock, sleep: async (ms) => void (clock += ms), timeoutMs: 500 }).catch(
      (e: unknown) => e,
    );
    expect(second).toBeInstanceOf(LockTimeoutError);
    await lock.release();
    expect(existsSync(lockPath)).toBe(false);
  });
});
