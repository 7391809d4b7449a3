import { createRequire } from "node:module";
import type { File, Language, LanguageContext, LanguageOptions, OkParseResult, ParseResult, SourceCode } from "@eslint/core";
import type { DialectName } from "../text/dialect.js";
import { textFileNode } from "./text-language.js";
import { TextSourceCode, type TextFileNode } from "./text-source-code.js";

const require = createRequire(import.meta.url);

/** Where an official language lives: its package, its name in the plugin's `languages`, and its column base. */
export interface OfficialLanguage {
  plugin: string;
  name: string;
  columnStart: 0 | 1;
}

/**
 * An official ESLint language (eslint-plugin-yml's YAML, @eslint/json's JSON) that, when its
 * parser rejects a file, reads the file with the plugin's lexer instead of giving up: every rule
 * of the official plugin sees the official AST of every file that parses, and a broken file is
 * still searched for tokens, with the parser's message reported once by `no-hardcoded-pat`
 * (`unparsable`). The official plugin is loaded on first use.
 */
export class FallbackLanguage implements Language {
  readonly fileType = "text" as const;
  readonly lineStart = 1 as const;
  readonly nodeTypeKey = "type";
  readonly columnStart: 0 | 1;
  #official: Language | null = null;

  constructor(
    private readonly official: OfficialLanguage,
    readonly dialect: DialectName,
  ) {
    this.columnStart = official.columnStart;
  }

  get language(): Language {
    if (!this.#official) {
      const loaded = require(this.official.plugin) as { default?: { languages?: Record<string, Language> }; languages?: Record<string, Language> };
      const language = (loaded.default ?? loaded).languages?.[this.official.name];
      if (!language) throw new Error(`${this.official.plugin} has no language "${this.official.name}"`);
      this.#official = language;
    }
    return this.#official;
  }

  get visitorKeys(): Record<string, string[]> {
    return { ...this.language.visitorKeys, TextFile: [] };
  }

  get defaultLanguageOptions(): LanguageOptions | undefined {
    return this.language.defaultLanguageOptions;
  }

  validateLanguageOptions(options: LanguageOptions): void {
    this.language.validateLanguageOptions(options);
  }

  normalizeLanguageOptions(options: LanguageOptions): LanguageOptions {
    return this.language.normalizeLanguageOptions?.(options) ?? options;
  }

  parse(file: File, context: LanguageContext<LanguageOptions>): ParseResult<object> {
    const result = this.language.parse(file, context);
    if (result.ok) return result as OkParseResult<object>;
    const error = result.errors[0];
    const ast: TextFileNode = textFileNode(String(file.body), this.dialect, this.columnStart);
    // Parse errors give 1-based columns (as ESLint prints them); reports use the language's base.
    ast.parseProblem = { message: error?.message ?? "not valid", line: error?.line ?? 1, column: (error?.column ?? 1) - 1 + this.columnStart };
    return { ok: true, ast } satisfies OkParseResult<TextFileNode>;
  }

  createSourceCode(file: File, result: OkParseResult<object>, context: LanguageContext<LanguageOptions>): SourceCode {
    const ast = result.ast as { type?: string };
    if (ast.type === "TextFile") return new TextSourceCode({ text: String(file.body), ast: ast as TextFileNode }) as unknown as SourceCode;
    return this.language.createSourceCode(file, result, context) as SourceCode;
  }
}
