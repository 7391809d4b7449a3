// `npm run doctor`: the user's config when there is one, the demo when there is none.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { fakePat } from "@dbcfg/pat/testing";

const script = join(dirname(fileURLToPath(import.meta.url)), "doctor-or-demo.mjs");
const bin = join(dirname(script), "..", "dist", "bin.cjs");
const DEMO_NOTICE = "running the demo instead (dbcfg doctor --demo)";
let home;

beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: build the CLI first (npx tsc -b apps/cli/tsconfig.build.json && node apps/cli/build.mjs).`);
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const run = (env, args = []) =>
  spawnSync(process.execPath, [script, ...args], { env: { PATH: process.env.PATH, NO_COLOR: "1", ...env }, encoding: "utf8", timeout: 60_000 });

describe("doctor-or-demo", () => {
  it("runs the doctor on an existing config file, passing arguments on", () => {
    home = mkdtempSync(join(tmpdir(), "dbcfg-dod-"));
    const token = fakePat();
    writeFileSync(join(home, ".databrickscfg"), `[DEFAULT]\nhost = https://dbc-a1b2.cloud.databricks.com\ntoken = ${token}\n`, { mode: 0o600 });
    const result = run({ HOME: home }, ["--offline", "--format", "json"]);
    expect(result.stderr).not.toContain(DEMO_NOTICE);
    expect([0, 1]).toContain(result.status);
    expect(JSON.parse(result.stdout)).toHaveProperty("schemaVersion");
    expect(result.stdout + result.stderr).not.toContain(token.slice(4));
  });

  it("runs the demo when DATABRICKS_CONFIG_FILE names no file", () => {
    home = mkdtempSync(join(tmpdir(), "dbcfg-dod-"));
    const result = run({ HOME: home, DATABRICKS_CONFIG_FILE: join(home, "nowhere.cfg") });
    expect(result.stderr).toContain(`No Databricks config file at ${join(home, "nowhere.cfg")}: ${DEMO_NOTICE}.`);
    expect(result.status).toBe(0);
  });
});
