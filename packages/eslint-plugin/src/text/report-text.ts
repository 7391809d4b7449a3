import type { Rule } from "eslint";
import { PAT_PREFIX, redact, redactSecrets } from "@dbcfg/pat";
import { DIALECTS, type DialectName, KEEP_OUT_OF_GIT, KEEP_OUT_OF_GIT_DIALECTS, dialectOf } from "./dialect.js";
import type { TextFileNode } from "../languages/text-source-code.js";
import type { Lexed } from "./lexed.js";
import { scanLexed } from "./scan.js";

/** What `no-hardcoded-pat` needs from its options to read a text file. */
export interface TextScanOptions {
  checkComments: boolean;
  /** Look for tokens behind encodings (base64, hex, reversal). */
  decode: boolean;
  isAllowed: (token: string) => boolean;
}

/** The messageIds under which a text file's findings are reported: the tier itself. */
export type TextMessageId = "literal" | "escaped" | "comment" | "concat" | "binding" | "encoded" | "unparsable" | "useReplacement" | "keepOutOfGit";

interface SourceLike {
  text: string;
  ast: unknown;
  lexed?: Lexed;
  parserServices?: { isYAML?: boolean };
  getLocFromIndex(index: number): { line: number; column: number };
}

/**
 * Listeners for the root node of every non-JavaScript language the rule supports: ours
 * (`TextFile`), `@eslint/json` (`Document`), `@eslint/markdown` (`root`) and, through
 * `isYamlProgram`, eslint-plugin-yml (`Program`). Each reads the file's text with the dialect
 * its file name (or our language) names.
 */
export function textListeners(context: Rule.RuleContext, options: TextScanOptions): Rule.RuleListener {
  const check = (dialect: DialectName | null) => {
    if (dialect) reportText(context, dialect, options);
  };
  return {
    TextFile: (node: TextFileNode) => {
      if (node.parseProblem) {
        const { message, line, column } = node.parseProblem;
        // The parser's position, in the language's own column base.
        const at = { line, column };
        context.report({ loc: { start: at, end: at }, messageId: "unparsable", data: { problem: safeProblem(message), tier: "" } });
      }
      check(node.dialect);
    },
    Document: () => check(dialectOf(context.filename) ?? "json"),
    root: () => check(dialectOf(context.filename) ?? "markdown"),
  } as unknown as Rule.RuleListener;
}

/** True when the `Program` being visited is eslint-plugin-yml's, not JavaScript's. */
export function isYamlProgram(context: Rule.RuleContext): boolean {
  return (context.sourceCode as unknown as SourceLike).parserServices?.isYAML === true;
}

export function reportText(context: Rule.RuleContext, dialect: DialectName, options: TextScanOptions): void {
  const sourceCode = context.sourceCode as unknown as SourceLike;
  const text = sourceCode.text;
  const lexed = sourceCode.lexed ?? DIALECTS[dialect].lex(text);
  const loc = (from: number, to: number) => ({ start: sourceCode.getLocFromIndex(from), end: sourceCode.getLocFromIndex(to) });
  for (const problem of lexed.problems) {
    context.report({ loc: loc(problem.offset, problem.offset), messageId: "unparsable", data: { problem: safeProblem(problem.message), tier: "" } });
  }
  const fileReplacement = DIALECTS[dialect].replacement(context.filename, text);
  for (const finding of scanLexed(lexed, text)) {
    if (finding.tier === "comment" && !options.checkComments) continue;
    if (finding.tier === "encoded" && !options.decode) continue;
    if (options.isAllowed(finding.token)) continue;
    const whole = finding.whole;
    const replacement = finding.replacement === undefined ? fileReplacement : finding.replacement;
    const suggest: Rule.SuggestionReportDescriptor[] =
      whole && replacement !== null ? [{ messageId: "useReplacement", data: { replacement }, fix: (fixer) => fixer.replaceTextRange(whole, replacement) }] : [];
    // Files that hold secrets by design (`.env`, `.databrickscfg`) are fixed by keeping them out of git.
    if (KEEP_OUT_OF_GIT_DIALECTS.has(dialect) && finding.tier !== "comment" && !text.startsWith(KEEP_OUT_OF_GIT)) {
      suggest.push({ messageId: "keepOutOfGit", fix: (fixer) => fixer.insertTextBeforeRange([0, 0], KEEP_OUT_OF_GIT) });
    }
    context.report({ loc: loc(finding.start, finding.end), messageId: finding.tier, data: { token: redact(finding.token), tier: finding.tier }, suggest });
  }
}

const PARTIAL_TOKEN = new RegExp(`${PAT_PREFIX}[0-9a-f]+(?:-[0-9])?`, "g");

/**
 * A parser's message, safe to print: parsers quote the text around the error, which may be part
 * of a token, so secrets are masked and any `dapi` followed by hex is cut to `dapi…`.
 */
export function safeProblem(message: string): string {
  return redactSecrets(message).replace(PARTIAL_TOKEN, `${PAT_PREFIX}…`);
}
