import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleSaveChild, runChild, unprivilegedUser } from "./test-support/child-process.js";

// Root ignores file modes, so when the tests run as root the saver runs in a child process as
// nobody (65534); otherwise the current user is already subject to the modes.
const user = unprivilegedUser();
let script: string;
let root: string;

beforeAll(async () => {
  script = await bundleSaveChild();
  root = mkdtempSync(join(tmpdir(), "dbcfg-perm-"));
  chmodSync(root, 0o755);
}, 60_000);
afterAll(async () => {
  chmodSync(root, 0o755);
  await rm(root, { recursive: true, force: true });
  await rm(dirname(script), { recursive: true, force: true });
});

function ownedFolder(name: string, mode: number): string {
  const dir = join(root, name);
  mkdirSync(dir);
  if (user !== undefined) chownSync(dir, user, user);
  chmodSync(dir, mode);
  return dir;
}

const OLD = "[a]\nhost = https://a.cloud.databricks.com\n";

describe("permission errors leave the file intact", () => {
  it("a read-only folder: code read-only, file unchanged, nothing created", async () => {
    const dir = join(root, "ro");
    mkdirSync(dir);
    const path = join(dir, "cfg");
    writeFileSync(path, OLD);
    chmodSync(path, 0o644);
    if (user !== undefined) chownSync(path, user, user);
    chmodSync(dir, 0o555);
    const result = await runChild(script, { mode: "update", path, profile: "a" }, { asUser: user });
    chmodSync(dir, 0o755);
    expect(result).toMatchObject({ ok: false, code: "read-only" });
    expect(result.message).toContain(dir);
    expect(readFileSync(path, "utf8")).toBe(OLD);
    expect(readdirSync(dir)).toEqual(["cfg"]);
  });

  it("a file the user may not write: code permission-denied, file unchanged", async () => {
    const dir = ownedFolder("nowrite", 0o700);
    const path = join(dir, "cfg");
    writeFileSync(path, OLD);
    if (user !== undefined) chownSync(path, user, user);
    chmodSync(path, 0o400);
    const result = await runChild(script, { mode: "update", path, profile: "a" }, { asUser: user });
    expect(result).toMatchObject({ ok: false, code: "permission-denied" });
    expect(result.message).toMatch(/chmod u\+w/);
    expect(readFileSync(path, "utf8")).toBe(OLD);
    expect(readdirSync(dir)).toEqual(["cfg"]);
  });

  it("a file the user may not read: code permission-denied on load", async () => {
    const dir = ownedFolder("noread", 0o777);
    const path = join(dir, "cfg");
    writeFileSync(path, OLD);
    chmodSync(path, 0o000);
    const result = await runChild(script, { mode: "update", path, profile: "a" }, { asUser: user });
    expect(result).toMatchObject({ ok: false, code: "permission-denied" });
    chmodSync(path, 0o600);
    expect(readFileSync(path, "utf8")).toBe(OLD);
  });

  it("the same saver succeeds where it has the rights, and creates the file 0600", async () => {
    const dir = ownedFolder("ok", 0o700);
    const path = join(dir, "cfg");
    const result = await runChild(script, { mode: "add-profile", path, profile: "p", values: { host: "https://p" } }, { asUser: user });
    expect(result).toEqual({ ok: true });
    expect(readFileSync(path, "utf8")).toBe("[p]\nhost = https://p\n");
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});
