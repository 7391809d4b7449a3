import type { File, Language, OkParseResult } from "@eslint/core";
import type { DialectName } from "../text/dialect.js";
import { TextSourceCode, type TextFileNode } from "./text-source-code.js";

/**
 * An ESLint language (https://eslint.org/docs/latest/extend/languages) for a file type ESLint has
 * no language for: parsing never fails (a lexer reads any text), and the AST is one `TextFile`
 * node that names the dialect; `@dbcfg/no-hardcoded-pat` lexes the text when it visits that node.
 */
export class TextLanguage implements Language {
  readonly fileType = "text" as const;
  readonly lineStart = 1 as const;
  readonly columnStart = 1 as const;
  readonly nodeTypeKey = "type";
  readonly visitorKeys = { TextFile: [] as string[] };
  readonly defaultLanguageOptions = {};

  constructor(readonly dialect: DialectName) {}

  validateLanguageOptions(options: Record<string, unknown>): void {
    const unknown = Object.keys(options);
    if (unknown.length > 0) throw new Error(`@dbcfg/${this.dialect} has no language options; got ${unknown.join(", ")}.`);
  }

  parse(file: File): OkParseResult<TextFileNode> {
    const text = String(file.body);
    const lines = text.split(/\r\n|[\r\n\u2028\u2029]/u);
    const ast: TextFileNode = {
      type: "TextFile",
      dialect: this.dialect,
      range: [0, text.length],
      loc: { start: { line: 1, column: 1 }, end: { line: lines.length, column: lines[lines.length - 1]!.length + 1 } },
    };
    return { ok: true, ast };
  }

  createSourceCode(file: File, result: OkParseResult<TextFileNode>): TextSourceCode {
    return new TextSourceCode({ text: String(file.body), ast: result.ast });
  }
}
