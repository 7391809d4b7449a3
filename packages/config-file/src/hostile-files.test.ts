import { spawnSync } from "node:child_process";
import { chmodSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_CONFIG_FILE_BYTES } from "./check-regular-file.js";
import { ConfigFileError } from "./errors.js";
import { acquireFileLock } from "./file-lock.js";
import { loadConfigFile } from "./load-config-file.js";
import { parseConfigFile } from "./parse-config-file.js";
import { saveConfigFile } from "./save-config-file.js";
import { fakePat } from "@dbcfg/pat/testing";

const made: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "dbcfg-hostile-"));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const isRoot = process.getuid?.() === 0;

async function failure(promise: Promise<unknown>): Promise<ConfigFileError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigFileError);
  return error as ConfigFileError;
}

function docWithToken(token: string) {
  const doc = parseConfigFile("");
  doc.addProfile("DEFAULT");
  doc.setValue("DEFAULT", "token", token);
  return doc;
}

describe("only regular files are read or written", () => {
  it("refuses a FIFO before opening it (an open would block forever)", async () => {
    const path = join(folder(), "fifo");
    expect(spawnSync("mkfifo", [path]).status).toBe(0);
    expect((await failure(loadConfigFile(path))).code).toBe("not-a-regular-file");
    const error = await failure(saveConfigFile(path, docWithToken(fakePat())));
    expect(error.message).toMatch(/named pipe \(FIFO\), not a regular file/);
    expect(lstatSync(path).isFIFO()).toBe(true);
  });

  it("refuses /dev/zero instead of reading it until memory runs out", async () => {
    const error = await failure(loadConfigFile("/dev/zero"));
    expect(error.code).toBe("not-a-regular-file");
    expect(error.message).toMatch(/character device/);
  });

  it.skipIf(!isRoot)("never replaces a device node with a file holding the token (needs root for mknod)", async () => {
    const path = join(folder(), "null");
    expect(spawnSync("mknod", ["-m", "666", path, "c", "1", "3"]).status).toBe(0);
    const token = fakePat();
    const error = await failure(saveConfigFile(path, docWithToken(token)));
    expect(error.code).toBe("not-a-regular-file");
    expect(error.message).not.toContain(token);
    expect(lstatSync(path).isCharacterDevice()).toBe(true);
  });

  // The target lives in a temporary folder: a broken saver must never get to replace a shared
  // device such as /dev/null.
  it("refuses a symlink to a non-regular file as it refuses the file itself", async () => {
    const dir = folder();
    const target = join(dir, "pipe");
    expect(spawnSync("mkfifo", [target]).status).toBe(0);
    symlinkSync(target, join(dir, "link"));
    expect((await failure(saveConfigFile(join(dir, "link"), docWithToken(fakePat())))).code).toBe("not-a-regular-file");
    expect(lstatSync(join(dir, "link")).isSymbolicLink()).toBe(true);
    expect(lstatSync(target).isFIFO()).toBe(true);
  });

  it("names a symlink loop as a loop, not as a missing file", async () => {
    const dir = folder();
    symlinkSync(join(dir, "b"), join(dir, "a"));
    symlinkSync(join(dir, "a"), join(dir, "b"));
    const read = await failure(loadConfigFile(join(dir, "a")));
    expect(read.code).toBe("symlink-loop");
    expect(read.message).toMatch(/loop/);
    expect((await failure(saveConfigFile(join(dir, "a"), docWithToken(fakePat())))).code).toBe("symlink-loop");
  });

  it("refuses a file over the size cap with the cap in the message", async () => {
    const path = join(folder(), "huge");
    writeFileSync(path, "");
    truncateSync(path, MAX_CONFIG_FILE_BYTES + 1);
    const error = await failure(loadConfigFile(path));
    expect(error.code).toBe("too-large");
    expect(error.message).toContain(`${MAX_CONFIG_FILE_BYTES} byte (64 MiB) cap`);
  });

  it.skipIf(isRoot)("an unreadable file is a permission error, not a missing one (root reads every file)", async () => {
    const path = join(folder(), "cfg");
    writeFileSync(path, "[DEFAULT]\n");
    chmodSync(path, 0);
    expect((await failure(loadConfigFile(path))).code).toBe("permission-denied");
  });

  it("suggests a shell command, not a library option, for a missing folder", async () => {
    const error = await failure(saveConfigFile(join(folder(), "no", "such", "cfg"), docWithToken(fakePat())));
    expect(error.code).toBe("parent-missing");
    expect(error.message).toMatch(/mkdir -p/);
    expect(error.message).not.toMatch(/createParentDirs/);
  });
});

describe("lock staleness", () => {
  it("breaks a lock whose createdAt lies in the future, by the age of the file, even though its pid is alive", async () => {
    const lockPath = join(folder(), "cfg.lock");
    const future = { pid: process.pid, host: hostname(), nonce: "f".repeat(24), createdAt: Date.now() + 365 * 24 * 3600_000 };
    writeFileSync(lockPath, JSON.stringify(future));
    const written = (Date.now() - 60_000) / 1000;
    utimesSync(lockPath, written, written);
    const lock = await acquireFileLock(lockPath, { timeoutMs: 2_000, staleMs: 30_000, isProcessAlive: () => true });
    expect(JSON.parse(readFileSync(lockPath, "utf8")).nonce).not.toBe(future.nonce);
    await lock.release();
    expect(() => statSync(lockPath)).toThrow();
  });
});
