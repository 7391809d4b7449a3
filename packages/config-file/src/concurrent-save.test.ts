import { chmodSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "./load-config-file.js";
import { parseConfigFile } from "./parse-config-file.js";
import { saveConfigFile } from "./save-config-file.js";
import { bundleSaveChild, runChild, startChild } from "./test-support/child-process.js";
import { fakePat } from "@dbcfg/pat/testing";

let script: string;
let root: string;
beforeAll(async () => {
  script = await bundleSaveChild();
  root = mkdtempSync(join(tmpdir(), "dbcfg-concurrent-"));
}, 60_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(dirname(script), { recursive: true, force: true });
});

describe("savers in different processes", () => {
  it("20 processes each adding a distinct profile at once: all 20 land, no diagnostics", async () => {
    const path = join(root, "twenty.databrickscfg");
    const seed = `[DEFAULT]\nhost = https://seed.cloud.databricks.com\ntoken = ${fakePat()}\n`;
    writeFileSync(path, seed);
    const names = Array.from({ length: 20 }, (_, i) => `profile-${i}`);
    const results = await Promise.all(
      names.map((name) =>
        runChild(script, { mode: "add-profile", path, profile: name, values: { host: `https://${name}.cloud.databricks.com`, token: fakePat() } }),
      ),
    );
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const doc = await loadConfigFile(path);
    expect(doc.profileNames().sort()).toEqual(["DEFAULT", ...names].sort());
    expect(doc.diagnostics).toEqual([]);
    expect(doc.toString().startsWith(seed)).toBe(true);
    expect(readdirSync(root).filter((n) => n.startsWith("twenty.databrickscfg"))).toEqual(["twenty.databrickscfg"]);
  }, 120_000);

  it("a saver killed with SIGKILL mid-write leaves the old or the new file, never a part (50 rounds)", async () => {
    const dir = mkdtempSync(join(root, "kill-"));
    chmodSync(dir, 0o755);
    const path = join(dir, "cfg");
    const big = (tag: string) => Array.from({ length: 20_000 }, (_, i) => `[${tag}-${i}]\nhost = https://${tag}-${i}.cloud.databricks.com\n`).join("\n");
    const versions = [big("old"), big("new")];
    const textPaths = versions.map((text, i) => {
      const file = join(root, `version-${i}.txt`);
      writeFileSync(file, text);
      return file;
    });
    writeFileSync(path, versions[0]!);
    const outcomes = new Set<number>();
    let killedMidWrite = 0;
    for (let round = 0; round < 50; round++) {
      // Even rounds: SIGKILL exactly while the temp file is half written; odd rounds: at a varying moment.
      const exact = round % 2 === 0;
      const child = startChild(script, { mode: "save-loop", path, textPaths: [textPaths[1]!, textPaths[0]!], pauseMidWrite: exact });
      let output = "";
      await new Promise<void>((resolve) => {
        child.stdout!.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          if (exact ? output.includes("mid-write") : output.includes("ready")) resolve();
        });
      });
      if (!exact) await new Promise((resolve) => setTimeout(resolve, 20 + ((round * 37) % 250)));
      child.kill("SIGKILL");
      await new Promise((resolve) => child.once("close", resolve));
      const now = readFileSync(path, "utf8");
      const which = versions.indexOf(now);
      expect(which, `round ${round}: the file is neither the old nor the new content`).toBeGreaterThanOrEqual(0);
      outcomes.add(which);
      if (readdirSync(dir).some((n) => n.endsWith(".tmp"))) killedMidWrite++;
    }
    console.info(
      `SIGKILL rounds: ${killedMidWrite}/50 killed with a temp file open; outcomes seen: ${[...outcomes].map((i) => (i === 0 ? "old" : "new")).join(", ")}`,
    );
    // The next saver breaks the dead saver's lock and clears its temp files.
    await saveConfigFile(path, parseConfigFile(versions[0]!), { force: true });
    expect(readdirSync(dir), "files left in the folder").toEqual(["cfg"]);
    expect(readFileSync(path, "utf8")).toBe(versions[0]);
    expect(killedMidWrite).toBeGreaterThanOrEqual(25);
    expect(outcomes.has(0)).toBe(true);
  }, 180_000);
});
