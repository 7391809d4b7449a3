import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CHECKS } from "./index.js";

const dir = fileURLToPath(new URL(".", import.meta.url));
/** The check folders, one per output group (`CheckGroup`); each holds `<id>.ts`, `<id>.test.ts` and an `index.ts`. */
const groups = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const filesByGroup = new Map(groups.map((group) => [group, readdirSync(join(dir, group))]));
const inGroup = [...filesByGroup].flatMap(([group, files]) => files.map((file) => ({ group, file })));
const checkFiles = inGroup.filter(({ file }) => file.endsWith(".ts") && !file.endsWith(".test.ts") && file !== "index.ts").map(({ file }) => file.slice(0, -3));
const testFiles = inGroup.filter(({ file }) => file.endsWith(".test.ts")).map(({ file }) => file.slice(0, -".test.ts".length));

describe("check registry", () => {
  it("lists every file in src/checks/<group>/ exactly once, id = file name", () => {
    expect(CHECKS.map((c) => c.id).sort()).toEqual([...checkFiles].sort());
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
  });

  it("keeps each check in the folder of its output group", () => {
    expect([...groups].sort()).toEqual(["environment", "file", "online", "profiles"]);
    for (const check of CHECKS) expect(filesByGroup.get(check.group), `${check.id} belongs in checks/${check.group}/`).toContain(`${check.id}.ts`);
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
