import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import * as fsp from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigFileError } from "./errors.js";
import { nodeFileSystem, type FileSystem } from "./file-system.js";
import { loadConfigFile } from "./load-config-file.js";
import { parseConfigFile } from "./parse-config-file.js";
import { saveConfigFile } from "./save-config-file.js";
import { updateConfigFile } from "./update-config-file.js";
import { fakePat } from "@dbcfg/pat/testing";

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "dbcfg-save-"));
});
afterAll(async () => {
  await fsp.rm(root, { recursive: true, force: true });
});

function folder(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigFileError);
    return (error as ConfigFileError).code;
  }
  throw new Error("expected a ConfigFileError");
}

const OLD = "[DEFAULT]\nhost = https://old.cloud.databricks.com\n";

describe("saveConfigFile", () => {
  it("creates a new file with mode 0600, whatever the umask", async () => {
    const path = join(folder("new"), ".databrickscfg");
    const previous = process.umask(0o000);
    try {
      await updateConfigFile(path, (doc) => doc.addProfile("DEFAULT", { host: "https://h.cloud.databricks.com" }));
    } finally {
      process.umask(previous);
    }
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, "utf8")).toBe("[DEFAULT]\nhost = https://h.cloud.databricks.com\n");
    expect(existsSync(`${path}.bak`)).toBe(false);
  });

  it("keeps the mode of an existing file", async () => {
    const path = join(folder("mode"), "cfg");
    writeFileSync(path, OLD);
    chmodSync(path, 0o640);
    await updateConfigFile(path, (doc) => doc.setValue("DEFAULT", "cluster_id", "c1"));
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readFileSync(path, "utf8")).toBe(`${OLD}cluster_id = c1\n`);
  });

  it("writes through a symlink to its target and leaves the link a link", async () => {
    const dir = folder("link");
    mkdirSync(join(dir, "real"));
    const target = join(dir, "real", "cfg");
    writeFileSync(target, OLD);
    chmodSync(target, 0o600);
    symlinkSync("real/cfg", join(dir, "link"));
    const result = await updateConfigFile(join(dir, "link"), (doc) => doc.setValue("DEFAULT", "cluster_id", "c1"));
    expect(result.target).toBe(target);
    expect(lstatSync(join(dir, "link")).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, "utf8")).toContain("cluster_id = c1");
    expect(readdirSync(dir).sort()).toEqual(["link", "real"]);
  });

  it("creates the target of a dangling symlink", async () => {
    const dir = folder("dangling");
    symlinkSync(join(dir, "target"), join(dir, "link"));
    await updateConfigFile(join(dir, "link"), (doc) => doc.addProfile("a", { host: "https://a" }));
    expect(lstatSync(join(dir, "link")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "target"), "utf8")).toBe("[a]\nhost = https://a\n");
  });

  it("writes the previous content to <file>.bak with mode 0600", async () => {
    const path = join(folder("bak"), "cfg");
    writeFileSync(path, OLD, { mode: 0o644 });
    const result = await updateConfigFile(path, (doc) => doc.setValue("DEFAULT", "host", "https://new.cloud.databricks.com"), { backup: true });
    expect(result.backupPath).toBe(`${path}.bak`);
    expect(readFileSync(`${path}.bak`, "utf8")).toBe(OLD);
    expect(statSync(`${path}.bak`).mode & 0o777).toBe(0o600);
    expect(statSync(path).mode & 0o777).toBe(0o644);
  });

  it("replays its edits when another process changed the file meanwhile", async () => {
    const path = join(folder("replay"), "cfg");
    writeFileSync(path, OLD);
    const doc = await loadConfigFile(path);
    doc.addProfile("mine", { host: "https://mine.cloud.databricks.com" });
    writeFileSync(path, `${OLD}\n[theirs]\nhost = https://theirs.cloud.databricks.com\n`);
    const result = await saveConfigFile(path, doc);
    expect(result.replayed).toBe(true);
    const saved = readFileSync(path, "utf8");
    expect(saved).toContain("[theirs]");
    expect(saved).toContain("[mine]");
    expect(result.doc.toString()).toBe(saved);
  });

  it("refuses, changing nothing, when an edit no longer applies after a concurrent change", async () => {
    const path = join(folder("conflict"), "cfg");
    writeFileSync(path, OLD);
    const doc = await loadConfigFile(path);
    doc.addProfile("same", { host: "https://a" });
    const theirs = `${OLD}[same]\nhost = https://b\n`;
    writeFileSync(path, theirs);
    expect(await codeOf(saveConfigFile(path, doc))).toBe("conflict");
    expect(readFileSync(path, "utf8")).toBe(theirs);
  });

  it("does not overwrite a changed file with an unedited document unless forced", async () => {
    const path = join(folder("force"), "cfg");
    writeFileSync(path, "[x]\n");
    const doc = parseConfigFile(OLD);
    expect(await codeOf(saveConfigFile(path, doc))).toBe("conflict");
    expect(readFileSync(path, "utf8")).toBe("[x]\n");
    await saveConfigFile(path, doc, { force: true });
    expect(readFileSync(path, "utf8")).toBe(OLD);
  });

  it("does not rewrite a file that already holds the content", async () => {
    const path = join(folder("noop"), "cfg");
    writeFileSync(path, OLD);
    const result = await saveConfigFile(path, await loadConfigFile(path));
    expect(result.written).toBe(false);
  });

  it("keeps bytes that are not UTF-8 exactly when editing another line", async () => {
    const path = join(folder("latin1"), "cfg");
    const bytes = Buffer.concat([Buffer.from("# caf"), Buffer.from([0xe9, 0xff, 0x00]), Buffer.from("\n[a]\nhost = https://a\n")]);
    writeFileSync(path, bytes);
    const doc = await loadConfigFile(path);
    expect(doc.encoding).toBe("latin1");
    expect(doc.diagnostics.map((d) => d.code)).toContain("invalid-utf8");
    doc.setValue("a", "cluster_id", "c");
    await saveConfigFile(path, doc);
    expect(readFileSync(path)).toEqual(Buffer.concat([bytes, Buffer.from("cluster_id = c\n")]));
  });

  it("refuses to write text whose bytes would not match it (a lone surrogate)", async () => {
    const path = join(folder("surrogate"), "cfg");
    writeFileSync(path, OLD);
    expect(await codeOf(saveConfigFile(path, parseConfigFile("[a]\n# \ud800\n"), { force: true }))).toBe("edit-refused");
    expect(readFileSync(path, "utf8")).toBe(OLD);
  });

  it("reports a directory in place of the file, on load and on save", async () => {
    const path = join(folder("dir"), "cfg");
    mkdirSync(path);
    expect(await codeOf(loadConfigFile(path))).toBe("is-directory");
    expect(await codeOf(saveConfigFile(path, parseConfigFile("[a]\n")))).toBe("is-directory");
    expect(statSync(path).isDirectory()).toBe(true);
  });

  it("reports a missing parent folder, or creates it (0700) when asked", async () => {
    const path = join(root, "missing", "deeper", "cfg");
    const doc = parseConfigFile("");
    doc.addProfile("a", { host: "https://a" });
    const error = await saveConfigFile(path, doc).catch((e: unknown) => e as ConfigFileError);
    expect(error).toBeInstanceOf(ConfigFileError);
    expect((error as ConfigFileError).code).toBe("parent-missing");
    expect((error as ConfigFileError).message).toContain(join(root, "missing", "deeper"));
    await saveConfigFile(path, doc, { createParentDirs: true });
    expect(readFileSync(path, "utf8")).toBe("[a]\nhost = https://a\n");
    expect(statSync(join(root, "missing")).mode & 0o777).toBe(0o700);
  });

  it("reports a full disk (injected ENOSPC) and leaves the original file and no temp file", async () => {
    const dir = folder("enospc");
    const path = join(dir, "cfg");
    writeFileSync(path, OLD);
    let injected = 0;
    const fullDisk: FileSystem = {
      ...nodeFileSystem,
      open: (async (file: string, flags?: string, mode?: number) => {
        const handle = await fsp.open(file, flags, mode);
        if (!String(file).endsWith(".tmp")) return handle;
        return Object.assign(Object.create(handle) as fsp.FileHandle, {
          writeFile: async () => {
            injected++;
            await handle.writeFile("[partial");
            throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
          },
          close: () => handle.close(),
        });
      }) as FileSystem["open"],
    };
    const error = await updateConfigFile(path, (doc) => doc.setValue("DEFAULT", "cluster_id", "c"), { fs: fullDisk }).catch((e: unknown) => e);
    expect(injected).toBe(1);
    expect(error).toBeInstanceOf(ConfigFileError);
    expect((error as ConfigFileError).code).toBe("disk-full");
    expect((error as ConfigFileError).message).toMatch(/not changed/);
    expect(readFileSync(path, "utf8")).toBe(OLD);
    expect(readdirSync(dir)).toEqual(["cfg"]);
  });

  it("never shows a token in errors or in the saved result's inspect output", async () => {
    const token = fakePat();
    const path = join(folder("secret"), "cfg");
    mkdirSync(path);
    const doc = parseConfigFile("");
    doc.addProfile("a", { host: "https://a", token });
    const error = await saveConfigFile(path, doc).catch((e: unknown) => e);
    expect(inspect(error, { depth: 5 })).not.toContain(token.slice(4));
    expect(inspect(doc, { depth: 5 })).not.toContain(token.slice(4));
    const path2 = join(folder("secret2"), "cfg");
    const result = await saveConfigFile(path2, doc);
    expect(inspect(result, { depth: 5 })).not.toContain(token.slice(4));
    expect(readFileSync(path2, "utf8")).toContain(token);
  });
});

describe("leftovers of killed savers", () => {
  it("sweeps temp and lock-staging files of dead processes, keeps those of live ones", async () => {
    const dir = folder("sweep");
    const path = join(dir, "cfg");
    writeFileSync(path, OLD);
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    const leftovers = [`.cfg.${dead}.0123456789ab.tmp`, `.cfg.bak.${dead}.0123456789ab.tmp`, `cfg.lock.${dead}-${"ab".repeat(12)}`];
    const live = `.cfg.${process.pid}.ba9876543210.tmp`;
    for (const name of [...leftovers, live]) writeFileSync(join(dir, name), "partial");
    await updateConfigFile(path, (doc) => doc.setValue("DEFAULT", "cluster_id", "c"));
    expect(readdirSync(dir).sort()).toEqual([live, "cfg"].sort());
  });
});

describe("locking", () => {
  it("waits for a live holder with backoff, then times out with a clear error (injected clock)", async () => {
    const path = join(folder("lock-timeout"), "cfg");
    writeFileSync(path, OLD);
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: process.pid, host: (await import("node:os")).hostname(), nonce: "other", createdAt: 0 }));
    let clock = 0;
    let sleeps = 0;
    const doc = await loadConfigFile(path);
    doc.setValue("DEFAULT", "cluster_id", "c");
    const error = await saveConfigFile(path, doc, {
      lock: {
        now: () => clock,
        sleep: async (ms) => {
          sleeps++;
          clock += ms;
        },
        timeoutMs: 5_000,
        staleMs: 60_000,
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigFileError);
    expect((error as ConfigFileError).code).toBe("lock-timeout");
    expect((error as Error).message).toContain(`process ${process.pid}`);
    expect(sleeps).toBeGreaterThan(5);
    expect(readFileSync(path, "utf8")).toBe(OLD);
    expect(existsSync(`${path}.lock`)).toBe(true);
  });

  it("breaks the lock of a process that no longer exists", async () => {
    const path = join(folder("lock-dead"), "cfg");
    writeFileSync(path, OLD);
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: dead, host: (await import("node:os")).hostname(), nonce: "gone", createdAt: Date.now() }));
    await updateConfigFile(path, (doc) => doc.setValue("DEFAULT", "cluster_id", "c"));
    expect(readFileSync(path, "utf8")).toContain("cluster_id = c");
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it("breaks a lock older than staleMs even if its pid is alive", async () => {
    const path = join(folder("lock-old"), "cfg");
    writeFileSync(path, OLD);
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: process.pid, host: "elsewhere", nonce: "old", createdAt: 1_000 }));
    await updateConfigFile(path, (doc) => doc.setValue("DEFAULT", "cluster_id", "c"), { lock: { now: () => 100_000, staleMs: 30_000 } });
    expect(readFileSync(path, "utf8")).toContain("cluster_id = c");
  });
});
