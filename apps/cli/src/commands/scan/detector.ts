import { createRequire } from "node:module";
import { findPats, redact } from "@dbcfg/pat";
import type { Linter } from "eslint";
import { LineIndex } from "./line-index.js";
import { recoverToken, redactedTokenIn } from "./recover-token.js";
import { mayHoldToken } from "./lint-prefilter.js";
import { readsSameByLexer, withMarkdownByLexer } from "./markdown-by-lexer.js";
import { isLintable } from "./scannable-text.js";

/** How a token was written, as the plugin's message ids name it (`literal`, `concat`, `encoded`, …). */
export type Tier = string;

/** One token found in one text. `token` stays in memory (for fingerprint and verify) and is never printed. */
export interface Detection {
  token: string | undefined;
  redacted: string;
  line: number;
  column: number;
  tier: Tier;
}

export interface Detector {
  /** Every token in `text`, the content of the file at `path` (relative, `/`-separated: it picks the language). */
  detect(path: string, text: string): Detection[];
}

const JS_FILES = ["**/*.js", "**/*.mjs", "**/*.cjs", "**/*.jsx"];
const TS_FILES = ["**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx"];

type PluginModule = { configs: Record<string, Linter.Config | Linter.Config[] | undefined> };

/**
 * The flat config scan lints with. When the plugin has `configs["all-files"]` (every language it
 * supports, each under its own `files` globs), that is used as it is; until then `recommended` on
 * JavaScript (and TypeScript when `@typescript-eslint/parser` can be loaded), and every other
 * file gets the literal tier only. A file no config matches is never an error: it is read literally.
 */
function loadLintConfig(plugin: PluginModule): Linter.Config[] {
  const allFiles = plugin.configs["all-files"];
  if (allFiles) return Array.isArray(allFiles) ? allFiles : [allFiles];
  const recommended = plugin.configs.recommended as Linter.Config;
  const configs: Linter.Config[] = [{ ...recommended, files: JS_FILES, languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } }];
  const parser = lazyTypeScriptParser();
  if (parser) configs.push({ ...recommended, files: TS_FILES, languageOptions: { parser } });
  return configs;
}

/**
 * `@typescript-eslint/parser` when it is installed, loaded on the first TypeScript file (it brings
 * the TypeScript compiler, which takes longer to load than everything else scan needs).
 */
function lazyTypeScriptParser(): Linter.Parser | undefined {
  const require = createRequire(import.meta.url);
  let resolved: string;
  try {
    resolved = require.resolve("@typescript-eslint/parser");
  } catch {
    return undefined;
  }
  let parser: { parseForESLint: NonNullable<Extract<Linter.Parser, { parseForESLint: unknown }>["parseForESLint"]> } | undefined;
  return {
    meta: { name: "@typescript-eslint/parser (loaded on first use)" },
    parseForESLint(code, options) {
      parser ??= require(resolved) as NonNullable<typeof parser>;
      return parser.parseForESLint(code, options);
    },
  };
}

/**
 * Loads ESLint and `@dbcfg/eslint-plugin` (only `dbcfg scan` pays for this) and returns a detector
 * that runs ESLint's `Linter` in-process on each lintable file that `mayHoldToken`, plus `findPats` on the raw text of
 * every file for the literal tier (tokens ESLint did not already report on the same line).
 */
export async function loadDetector(): Promise<Detector> {
  const [{ Linter }, pluginModule] = await Promise.all([import("eslint"), import("@dbcfg/eslint-plugin")]);
  const plugin = ((pluginModule as { default?: PluginModule }).default ?? pluginModule) as PluginModule;
  const config = loadLintConfig(plugin);
  const byLexer = plugin.configs["all-files"] ? withMarkdownByLexer(config) : config;
  const linter = new Linter({ configType: "flat" });
  // Whether a config matches a file depends on its path only: ask ESLint once per path (a
  // history has many blobs per path), with empty text, which it answers without parsing.
  const lintedByPath = new Map<string, boolean>();
  const isLinted = (path: string): boolean => {
    let linted = lintedByPath.get(path);
    if (linted === undefined) {
      linted = !linter.verify("", config, path).some((m) => m.ruleId === null && !m.fatal && m.message.startsWith("No matching configuration"));
      lintedByPath.set(path, linted);
    }
    return linted;
  };
  return {
    detect(path, text) {
      const linted = mayHoldToken(text, path) && isLintable(text) && isLinted(path) ? lint(linter, readsSameByLexer(text) ? byLexer : config, path, text) : [];
      const found = [...linted];
      let index: LineIndex | undefined;
      for (const match of findPats(text)) {
        index ??= new LineIndex(text);
        const { line, column } = index.locate(match.index);
        if (linted.some((d) => d.token === match.token && d.line === line)) continue;
        found.push({ token: match.token, redacted: redact(match.token), line, column, tier: "literal" });
      }
      return found;
    },
  };
}

function lint(linter: Linter, config: Linter.Config[], path: string, text: string): Detection[] {
  let messages: Linter.LintMessage[];
  try {
    messages = linter.verify(text, config, path);
  } catch {
    return [];
  }
  const found: Detection[] = [];
  let index: LineIndex | undefined;
  for (const message of messages) {
    if (message.ruleId === null || !message.ruleId.startsWith("@dbcfg/")) continue;
    const redacted = redactedTokenIn(message.message);
    if (!redacted) continue;
    index ??= new LineIndex(text);
    const from = index.offsetOf(message.line, message.column);
    const to = message.endLine === undefined ? text.length : index.offsetOf(message.endLine, message.endColumn ?? 1);
    const token = recoverToken(text, from, to, redacted);
    found.push({ token, redacted, line: message.line, column: message.column, tier: message.messageId ?? message.ruleId });
  }
  return found;
}
