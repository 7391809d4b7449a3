import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CHECKS } from "./index.js";

const dir = fileURLToPath(new URL(".", import.meta.url));
const files = readdirSync(dir);
const checkFiles = files.filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "index.ts").map((f) => f.slice(0, -3));
const testFiles = files.filter((f) => f.endsWith(".test.ts") && f !== "index.test.ts").map((f) => f.slice(0, -".test.ts".length));

describe("check registry", () => {
  it("lists every file in src/checks exactly once, id = file name", () => {
    expect(CHECKS.map((c) => c.id).sort()).toEqual([...checkFiles].sort());
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
  });

  it("has a test file per check", () => {
    expect([...testFiles].sort()).toEqual([...checkFiles].sort());
  });

  it("uses kebab-case ids, one-line titles and help, and only known prerequisites", () => {
    const ids = new Set(CHECKS.map((c) => c.id));
    for (const check of CHECKS) {
      expect(check.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(check.title.length).toBeGreaterThan(0);
      expect(check.help.length).toBeGreaterThan(40);
      for (const id of check.requires) expect(ids.has(id), `${check.id} requires ${id}`).toBe(true);
      expect(check.online, `${check.id} online flag matches its group`).toBe(check.group === "online");
    }
  });

  it("lists prerequisites before the checks that need them (report order = dependency order)", () => {
    const position = new Map(CHECKS.map((c, i) => [c.id, i]));
    for (const check of CHECKS) for (const id of check.requires) expect(position.get(id)!).toBeLessThan(position.get(check.id)!);
  });
});
