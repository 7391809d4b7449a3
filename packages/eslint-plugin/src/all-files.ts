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
 * `@typescript-eslint/parser` where the project has it (TypeScript files are linted only then), else
 * null. It is loaded when the first TypeScript file is parsed, not when the config is read.
 */
function typescriptParser(): Linter.Parser | null {
  const name = "@typescript-eslint/parser";
  try {
    require.resolve(name);
  } catch {
    return null;
  }
  let parser: { parseForESLint: (code: string, options?: unknown) => unknown } | null = null;
  return {
    meta: { name: `${name} (loaded on first use)` },
    parseForESLint: (code: string, options?: unknown) => (parser ??= load(name) as never).parseForESLint(code, options),
  } as unknown as Linter.Parser;
}

/**
 * JavaScript as `recommended` lints it, JSX with `ecmaFeatures.jsx`, and TypeScript with
 * `@typescript-eslint/parser` when it can be loaded (a later config of yours may set another).
 */
function scriptConfigs(prefix: string): Linter.Config[] {
  const rules: Linter.RulesRecord = { [RULE]: "error" };
  const jsx = { ecmaFeatures: { jsx: true } };
  const configs: Linter.Config[] = [
    { name: `${prefix}/all-files/javascript`, files: ["**/*.{js,mjs,cjs}"], rules },
    { name: `${prefix}/all-files/jsx`, files: ["**/*.jsx"], languageOptions: { parserOptions: jsx }, rules },
  ];
  const parser = typescriptParser();
  if (parser)
    configs.push({ name: `${prefix}/all-files/typescript`, files: ["**/*.{ts,mts,cts,tsx}"], languageOptions: { parser, parserOptions: jsx }, rules });
  return configs;
}

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
    ...scriptConfigs(prefix),
    ...FILE_TYPES.map((type): Linter.Config => ({
      name: `${prefix}/all-files/${type.name}`,
      files: type.files,
      language: type.language.replace(/^@dbcfg\//, `${prefix}/`),
      rules: { [RULE]: "error" },
    })),
  ];
}
