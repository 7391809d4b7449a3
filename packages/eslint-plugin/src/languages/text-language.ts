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
    return { ok: true, ast: textFileNode(String(file.body), this.dialect, this.columnStart) };
  }

  createSourceCode(file: File, result: OkParseResult<TextFileNode>): TextSourceCode {
    return new TextSourceCode({ text: String(file.body), ast: result.ast });
  }
}

/** The one node of a text file's AST; `columnStart` is the language's (the base of every column). */
export function textFileNode(text: string, dialect: DialectName, columnStart: 0 | 1): TextFileNode {
  const lines = text.split(/\r\n|[\r\n\u2028\u2029]/u);
  return {
    type: "TextFile",
    dialect,
    range: [0, text.length],
    loc: { start: { line: 1, column: columnStart }, end: { line: lines.length, column: lines[lines.length - 1]!.length + columnStart } },
  };
}
