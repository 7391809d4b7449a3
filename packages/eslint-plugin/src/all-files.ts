import { createRequire } from "node:module";
import type { ESLint, Linter } from "eslint";
import { FILE_TYPES } from "./file-types.js";

const require = createRequire(import.meta.url);

/** An official plugin, loaded when `all-files` is first read (`require` of an ES module, Node ≥ 20.19). */
function load(name: string): ESLint.Plugin {
  const loaded = require(name) as ESLint.Plugin & { default?: ESLint.Plugin };
  return loaded.default ?? loaded;
}

const RULE = "@dbcfg/no-hardcoded-pat";

/**
 * `configs["all-files"]`: one flat config object per file type, each naming its language and
 * turning on `@dbcfg/no-hardcoded-pat`. JSON, Markdown and YAML use the official languages
 * (`@eslint/json`, `@eslint/markdown`, eslint-plugin-yml), registered under their usual
 * prefixes; the other types use the plugin's own.
 */
export function allFilesConfig(plugin: ESLint.Plugin, prefix: string): Linter.Config[] {
  const official: Record<string, ESLint.Plugin> = { json: load("@eslint/json"), markdown: load("@eslint/markdown"), yml: load("eslint-plugin-yml") };
  return [
    { name: `${prefix}/all-files/plugins`, plugins: { [prefix]: plugin, ...official } },
    { name: `${prefix}/all-files/javascript`, files: ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}"], rules: { [RULE]: "error" } },
    ...FILE_TYPES.map(
      (type): Linter.Config => ({
        name: `${prefix}/all-files/${type.name}`,
        files: type.files,
        language: type.language.replace(/^@dbcfg\//, `${prefix}/`),
        rules: { [RULE]: "error" },
      }),
    ),
  ];
}
