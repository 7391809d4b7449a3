import { createRequire } from "node:module";
import type { ESLint, Linter } from "eslint";
import { allFilesConfig } from "./all-files.js";
import { languages } from "./languages/index.js";
import { rules } from "./rules/index.js";

const manifest = createRequire(import.meta.url)("../package.json") as { name: string; version: string };

/** The prefix under which the recommended config registers the plugin: rules are `@dbcfg/<id>`. */
export const PLUGIN_PREFIX = "@dbcfg";

/** A flat-config plugin object whose `configs.recommended` refers back to the plugin itself. */
export interface DbcfgPlugin extends ESLint.Plugin {
  meta: { name: string; version: string };
  rules: NonNullable<ESLint.Plugin["rules"]>;
  configs: { recommended: Linter.Config; "all-files": Linter.Config[] };
  languages: NonNullable<ESLint.Plugin["languages"]>;
}

const recommendedRules: Linter.RulesRecord = {
  "@dbcfg/no-basic-auth": "error",
  "@dbcfg/no-hardcoded-credentials": "error",
  "@dbcfg/no-hardcoded-pat": "error",
  "@dbcfg/no-token-in-url": "error",
  "@dbcfg/require-token-lifetime": "warn",
};

const plugin: DbcfgPlugin = {
  meta: { name: manifest.name, version: manifest.version },
  rules,
  languages,
  configs: { recommended: {}, "all-files": [] },
};
plugin.configs.recommended = {
  name: "@dbcfg/recommended",
  plugins: { [PLUGIN_PREFIX]: plugin },
  rules: recommendedRules,
};
// Built on first read: it loads the official JSON, Markdown and YAML plugins (~0.3 s of start-up),
// which a `recommended`-only run does not need.
let allFiles: Linter.Config[] | null = null;
Object.defineProperty(plugin.configs, "all-files", {
  enumerable: true,
  get: () => (allFiles ??= allFilesConfig(plugin, PLUGIN_PREFIX)),
});

export default plugin;

/** The plugin's parts as named exports too, for tools that load it with `require()` (eslint-doc-generator). */
export const { meta, configs } = plugin;
export { languages };
