import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fakePat } from "@dbcfg/pat/testing";
import { openContentScanner, workerScanner } from "./content-scanner.js";

const dir = mkdtempSync(join(tmpdir(), "dbcfg-content-scanner-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A worker speaking the lint worker's messages: `ready` or `load-failed`, and one finding per scanned blob. */
function fakeWorker(name: string, loads: boolean): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    `const { parentPort } = require("node:worker_threads");
     setTimeout(() => parentPort.postMessage(${loads} ? { kind: "ready" } : { kind: "load-failed", message: "Cannot find package 'eslint'" }), 50);
     parentPort.on("message", (r) => parentPort.postMessage(${loads}
       ? { kind: "scanned", id: r.id, scan: { detections: [{ redacted: "dapi…" + r.path, line: 1, column: 1, tier: "literal" }], hosts: [String(r.content.length)] } }
       : { kind: "failed", id: r.id, message: "not loaded" }));`,
  );
  return file;
}

describe("content scanners", () => {
  it("a worker scanner sends each blob to the worker and answers with its scan", async () => {
    const scanner = workerScanner(fakeWorker("loads.cjs", true));
    const scans = await Promise.all([scanner.scan("a.py", Buffer.from("abc")), scanner.scan("b.sh", Buffer.from("abcdef"))]);
    expect(scans.map((s) => [s.detections[0]!.redacted, s.hosts[0]])).toEqual([
      ["dapi…a.py", "3"],
      ["dapi…b.sh", "6"],
    ]);
    await scanner.close();
  });

  it("a worker that cannot load ESLint fails the scans and close(), naming why", async () => {
    const scanner = workerScanner(fakeWorker("fails.cjs", false));
    await expect(scanner.close()).rejects.toThrow("Cannot find package 'eslint'");
    await expect(scanner.scan("a.py", Buffer.from("x"))).rejects.toThrow("Cannot find package 'eslint'");
  });

  it("run from sources (no bundled worker) scans in this thread with the real detector", async () => {
    const scanner = openContentScanner();
    const token = fakePat();
    const scan = await scanner.scan("settings.py", Buffer.from(`TOKEN = "${token}"\n`));
    await scanner.close();
    expect(scan.detections.map((d) => [d.line, d.tier])).toEqual([[1, "literal"]]);
    expect(JSON.stringify(scan.detections.map((d) => d.redacted))).not.toContain(token.slice(4));
  });
});
