import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { LockTimeoutError } from "./errors.js";
import { errnoCode, nodeFileSystem, type FileSystem } from "./file-system.js";
import { randomHex } from "./random-hex.js";

/** A staging file without a readable owner is only swept once it is this old. */
const ORPHAN_AGE_MS = 60_000;

export interface FileLockOptions {
  /** Give up after waiting this long (default 10 s). */
  timeoutMs?: number;
  /** A lock older than this is broken even if its owner seems alive (default 30 s). */
  staleMs?: number;
  /** Injected clock (ms). */
  now?: () => number;
  /** Injected wait, e.g. to count attempts in tests. */
  sleep?: (ms: number) => Promise<void>;
  /** Whether a process of this machine is still running (default: `process.kill(pid, 0)`). */
  isProcessAlive?: (pid: number) => boolean;
  fs?: FileSystem;
}

export interface FileLock {
  readonly path: string;
  /** How many times creating the lock was tried (1 when it was free). */
  readonly attempts: number;
  release(): Promise<void>;
}

interface LockOwner {
  pid: number;
  host: string;
  nonce: string;
  createdAt: number;
}

/**
 * Takes `<file>.lock`, which every dbcfg saver (in any process) takes before reading and writing
 * the file. The lock file is created complete and atomically (written beside it, then hard-linked
 * into place, which fails if it exists) and holds the owner's pid. A lock whose owner process on
 * this machine is gone, or older than `staleMs`, is broken; otherwise the wait backs off with
 * jitter until `timeoutMs`, then fails with `LockTimeoutError`.
 */
export async function acquireFileLock(lockPath: string, options: FileLockOptions = {}): Promise<FileLock> {
  const fs = options.fs ?? nodeFileSystem;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const isAlive = options.isProcessAlive ?? isProcessAlive;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const staleMs = options.staleMs ?? 30_000;
  const start = now();
  const owner: LockOwner = { pid: process.pid, host: hostname(), nonce: randomHex(12), createdAt: start };
  let attempts = 0;
  let holder: LockOwner;
  for (;;) {
    attempts++;
    owner.createdAt = now();
    if (await tryCreate(fs, lockPath, owner)) {
      return { path: lockPath, attempts, release: () => releaseLock(fs, lockPath, owner.nonce) };
    }
    holder = await ageFromDiskWhenInFuture(fs, lockPath, await readOwner(fs, lockPath), now(), staleMs);
    if (isStale(holder, now(), staleMs, isAlive)) {
      await breakLock(fs, lockPath, holder);
      if (now() - start < timeoutMs || attempts < 3) continue;
    }
    const waited = now() - start;
    if (waited >= timeoutMs) {
      throw new LockTimeoutError(
        `Timed out after ${waited} ms waiting for ${lockPath}, held by process ${holder.pid} on ${holder.host}. If no dbcfg or Databricks tool is running, delete the lock file and try again.`,
        { lockPath, holderPid: holder.pid },
      );
    }
    const backoff = Math.min(200, 5 * 2 ** Math.min(attempts, 6));
    await sleep(Math.min(backoff * (0.5 + Math.random()), Math.max(1, timeoutMs - waited)));
  }
}

async function tryCreate(fs: FileSystem, lockPath: string, owner: LockOwner): Promise<boolean> {
  // The pid in the name lets a later saver sweep this file if we are killed before it is complete.
  const staging = `${lockPath}.${owner.pid}-${owner.nonce}`;
  await writeNew(fs, staging, owner);
  try {
    await fs.link(staging, lockPath);
    return true;
  } catch (error) {
    const code = errnoCode(error);
    // EEXIST: someone holds it. ENOENT: our staging file was swept away; just try again.
    if (code === "EEXIST" || code === "ENOENT") return false;
    // File systems without hard links: fall back to an exclusive create of the lock itself.
    if (code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP" || code === "ENOSYS") return createExclusive(fs, lockPath, owner);
    throw error;
  } finally {
    await fs.unlink(staging).catch(() => undefined);
  }
}

async function writeNew(fs: FileSystem, path: string, owner: LockOwner): Promise<void> {
  const handle = await fs.open(path, "wx", 0o600);
  try {
    await handle.writeFile(JSON.stringify(owner));
  } finally {
    await handle.close();
  }
}

async function createExclusive(fs: FileSystem, lockPath: string, owner: LockOwner): Promise<boolean> {
  try {
    await writeNew(fs, lockPath, owner);
    return true;
  } catch (error) {
    if (errnoCode(error) === "EEXIST") return false;
    throw error;
  }
}

async function readOwner(fs: FileSystem, lockPath: string): Promise<LockOwner> {
  try {
    const owner = JSON.parse(await fs.readFile(lockPath, "utf8")) as Partial<LockOwner>;
    if (typeof owner.pid === "number" && typeof owner.nonce === "string" && typeof owner.createdAt === "number") {
      return { pid: owner.pid, host: String(owner.host ?? ""), nonce: owner.nonce, createdAt: owner.createdAt };
    }
  } catch (error) {
    // The lock vanished between our attempt and this read: report it as free.
    if (errnoCode(error) === "ENOENT") return { pid: -1, host: "", nonce: "", createdAt: -Infinity };
  }
  // Not ours (locks are linked into place complete): judge it by age alone.
  try {
    return { pid: 0, host: "", nonce: "", createdAt: (await fs.stat(lockPath)).mtimeMs };
  } catch {
    return { pid: -1, host: "", nonce: "", createdAt: -Infinity };
  }
}

function isStale(holder: LockOwner, now: number, staleMs: number, isAlive: (pid: number) => boolean): boolean {
  if (holder.pid === -1) return true;
  if (now - holder.createdAt > staleMs) return true;
  return holder.pid > 0 && holder.host === hostname() && !isAlive(holder.pid);
}

/**
 * A recorded creation time beyond the stale limit in the future (a clock set back, a copied or
 * forged lock file) would never age, and a live pid would then hold the lock forever: such a lock
 * is aged by the time the file system stamped on it instead.
 */
async function ageFromDiskWhenInFuture(fs: FileSystem, lockPath: string, holder: LockOwner, now: number, staleMs: number): Promise<LockOwner> {
  if (holder.createdAt - now <= staleMs) return holder;
  try {
    return { ...holder, createdAt: (await fs.stat(lockPath)).mtimeMs };
  } catch {
    return { pid: -1, host: "", nonce: "", createdAt: -Infinity };
  }
}

/**
 * Moves the stale lock aside, then checks it moved the lock it judged: if a new owner slipped in
 * between (its nonce differs), the lock is put back.
 */
async function breakLock(fs: FileSystem, lockPath: string, judged: LockOwner): Promise<void> {
  if (judged.pid === -1) return;
  const aside = `${lockPath}.stale-${randomHex(6)}`;
  try {
    await fs.rename(lockPath, aside);
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return;
    throw error;
  }
  const moved = await readOwner(fs, aside);
  if (moved.nonce !== judged.nonce) {
    await fs.link(aside, lockPath).catch(() => undefined);
  }
  await fs.unlink(aside).catch(() => undefined);
}

async function releaseLock(fs: FileSystem, lockPath: string, nonce: string): Promise<void> {
  const current = await readOwner(fs, lockPath);
  if (current.nonce === nonce) await fs.unlink(lockPath).catch(() => undefined);
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === "EPERM";
  }
}

/**
 * Removes the staging (`<lock>.<pid>-<nonce>`) and set-aside (`<lock>.stale-<id>`) files of lockers that
 * were killed mid-way: those whose recorded process is gone. Call it while holding the lock.
 */
export async function removeOrphanLockFiles(lockPath: string, fs: FileSystem = nodeFileSystem): Promise<number> {
  const folder = dirname(lockPath);
  const prefix = `${basename(lockPath)}.`;
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const match = /^(?:(\d+)-[0-9a-f]{24}|stale-[0-9a-f]{12})$/.exec(name.slice(prefix.length));
    if (!match || !name.startsWith(prefix)) continue;
    const path = join(folder, name);
    const owner = match[1] !== undefined ? { pid: Number(match[1]), host: hostname(), createdAt: Date.now() } : await readOwner(fs, path);
    const dead = owner.pid > 0 ? owner.host !== hostname() || !isProcessAlive(owner.pid) : Date.now() - owner.createdAt > ORPHAN_AGE_MS;
    if (!dead) continue;
    await fs.unlink(path).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}
