import { ConfigCommentParser, Directive, TextSourceCodeBase, VisitNodeStep } from "@eslint/plugin-kit";
import type { DialectName } from "../text/dialect.js";
import { DIALECTS } from "../text/dialect.js";
import type { Lexed } from "../text/lexed.js";

/** The whole AST of a text file: one node; the rule reads the text through the dialect's lexer. */
export interface TextFileNode {
  type: "TextFile";
  dialect: DialectName;
  range: [number, number];
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
  /** Set when an official parser rejected the file and the lexer reads it instead: what it said, and where. */
  parseProblem?: { message: string; line: number; column: number };
}

interface CommentNode {
  type: "Comment";
  value: string;
  range: [number, number];
  loc: TextFileNode["loc"];
}

const parser = new ConfigCommentParser();
const DIRECTIVE = /^\s*(?:eslint-disable|eslint-enable|eslint\s)/;

/**
 * Source code of a dialect's file: the text, its single-node AST, the lexed pieces (computed once
 * and shared with the rule) and `eslint-disable` directives written in the dialect's comments.
 */
export class TextSourceCode extends TextSourceCodeBase<{
  LangOptions: Record<string, never>;
  RootNode: TextFileNode;
  SyntaxElementWithLoc: TextFileNode | CommentNode;
  ConfigNode: CommentNode;
}> {
  #lexed: Lexed | null = null;
  readonly dialect: DialectName;

  constructor({ text, ast }: { text: string; ast: TextFileNode }) {
    super({ text, ast, lineEndingPattern: /\r\n|[\r\n\u2028\u2029]/u });
    this.dialect = ast.dialect;
  }

  /** The dialect's view of the text, computed on first use. */
  get lexed(): Lexed {
    this.#lexed ??= DIALECTS[this.dialect].lex(this.text);
    return this.#lexed;
  }

  getInlineConfigNodes(): CommentNode[] {
    return this.lexed.pieces
      .filter((piece) => piece.kind === "comment" && DIRECTIVE.test(piece.decoded.value))
      .map((piece) => ({
        type: "Comment" as const,
        value: piece.decoded.value,
        range: [piece.start, piece.end] as [number, number],
        loc: { start: this.getLocFromIndex(piece.start), end: this.getLocFromIndex(piece.end) },
      }));
  }

  getDisableDirectives(): { problems: { ruleId: null; message: string; loc: CommentNode["loc"] }[]; directives: Directive[] } {
    const directives: Directive[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = parser.parseDirective(comment.value);
      if (!parsed) continue;
      const { label, value, justification } = parsed;
      if (label === "eslint-disable" || label === "eslint-enable" || label === "eslint-disable-next-line" || label === "eslint-disable-line") {
        const type = label.slice("eslint-".length) as "disable" | "enable" | "disable-next-line" | "disable-line";
        directives.push(new Directive({ type, node: comment, value, justification }));
      }
    }
    return { problems: [], directives };
  }

  override traverse(): Iterable<VisitNodeStep> {
    return [
      new VisitNodeStep({ target: this.ast, phase: 1, args: [this.ast, null] }),
      new VisitNodeStep({ target: this.ast, phase: 2, args: [this.ast, null] }),
    ];
  }
}
