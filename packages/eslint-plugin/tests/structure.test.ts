import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import plugin, { DOCS_BASE_URL, PLUGIN_PREFIX, rules } from "../src/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const idsIn = (folder: string, suffix: string) =>
  readdirSync(join(root, folder))
    .filter((f) => f.endsWith(suffix) && f !== "index.ts")
    .map((f) => f.slice(0, -suffix.length))
    .sort();
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; version: string };

describe("plugin structure", () => {
  const ids = Object.keys(rules).sort();

  it("lists the same rule ids in the registry, rule files, tests and docs", () => {
    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect(idsIn("src/rules", ".ts")).toEqual(ids);
    expect(idsIn("tests/rules", ".test.ts")).toEqual(ids);
    expect(idsIn("docs/rules", ".md")).toEqual(ids);
  });

  it("exports the flat-config plugin shape: meta, rules and a recommended config that turns every rule on", () => {
    expect(plugin.meta).toEqual({ name: manifest.name, version: manifest.version });
    expect(plugin.rules).toBe(rules);
    const recommended = plugin.configs.recommended;
    expect(recommended.plugins?.[PLUGIN_PREFIX]).toBe(plugin);
    expect(Object.keys(recommended.rules ?? {}).sort()).toEqual(ids.map((id) => `${PLUGIN_PREFIX}/${id}`));
    expect(recommended.rules?.["@dbcfg/no-hardcoded-pat"]).toBe("error");
  });

  it.each(Object.entries(rules))("%s has docs, described options, defaults and messages", (id, rule) => {
    const meta = rule.meta!;
    expect(meta.docs?.url).toBe(`${DOCS_BASE_URL}${id}.md`);
    expect(meta.docs?.description).toMatch(/^[A-Z]/);
    expect(["problem", "suggestion"]).toContain(meta.type);
    expect(Object.keys(meta.messages ?? {}).length).toBeGreaterThan(0);
    expect(Array.isArray(meta.defaultOptions)).toBe(true);
    for (const schema of (meta.schema ?? []) as Array<{ properties?: Record<string, { description?: string }> }>) {
      for (const [name, property] of Object.entries(schema.properties ?? {})) expect(property.description, `${id} option ${name}`).toBeTruthy();
    }
    const doc = readFileSync(join(root, "docs/rules", `${id}.md`), "utf8");
    expect(doc.startsWith(`# ${PLUGIN_PREFIX}/${id}\n`)).toBe(true);
    expect(doc).toContain("<!-- end auto-generated rule header -->");
  });

  it("has rule docs and the README rule list in step with the built plugin (eslint-doc-generator --check)", () => {
    const bin = join(createRequire(import.meta.url).resolve("eslint-doc-generator/package.json"), "..", "dist", "bin", "eslint-doc-generator.js");
    const result = spawnSync(
      process.execPath,
      [bin, "--rule-doc-title-format", "prefix-name", "--config-emoji", "all-files,📂", "--path-rule-list", "README.md", "--check", "."],
      { cwd: root, encoding: "utf8" },
    );
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  }, 60_000);
});
