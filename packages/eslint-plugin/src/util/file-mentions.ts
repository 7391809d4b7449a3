import type { SourceCode } from "eslint";
import { codePoint, tokenText } from "./token-text.js";

/**
 * What a file names, computed once and shared by every rule that asks. Names are looked for in
 * the source text (where every identifier stands, as written or, with escapes, decoded); words in
 * the cooked contents of strings, templates and JSX text, joined with nothing between them so
 * that a word split over a concatenation (`"data" + "bricks"`) or spelled with escapes
 * (`"\x64atabricks"`) shows whole. Both look at more than any expression can hold, so they can
 * only find too much, never miss: a rule that acts only on code naming Databricks may skip a file
 * that names none of its words.
 */
export interface FileMentions {
  /** True when the text holds one of `names` (case-sensitive, as identifiers are), or a string holds one in any case. */
  anyName(names: readonly string[]): boolean;
  /** True when a string holds one of `words` (lower case). */
  anyText(words: readonly string[]): boolean;
}

/**
 * Where a file's mentions are kept: on its own AST root, so that they live and die with the file.
 * (A module-level WeakMap keyed by SourceCode would be an old object pointing at every file's
 * young SourceCode: V8's scavenges then keep the whole file alive and promote it to the old
 * generation, which more than doubled the garbage-collection work of a lint run.)
 */
const MENTIONS = Symbol("@dbcfg/eslint-plugin file mentions");

type ProgramWithMentions = { [MENTIONS]?: FileMentions };

/** The mentions of one file, computed once. */
export function fileMentions(sourceCode: SourceCode): FileMentions {
  const program = sourceCode.ast as unknown as ProgramWithMentions;
  let mentions = program[MENTIONS];
  if (!mentions) {
    mentions = readMentions(sourceCode);
    // A parser that freezes its AST only costs the sharing between rules.
    if (Object.isExtensible(program)) Object.defineProperty(program, MENTIONS, { value: mentions });
  }
  return mentions;
}

const UNICODE_ESCAPE = /\\u(?:\{([0-9a-f]+)\}|([0-9a-f]{4}))/gi;

function readMentions(sourceCode: SourceCode): FileMentions {
  const source = sourceCode.text;
  // Identifiers may be written with unicode escapes (`\u0057orkspaceClient`).
  const decoded = source.includes("\\u") ? source.replace(UNICODE_ESCAPE, decodeUnicode) : null;
  let strings: string | null = null;
  // Rules ask with constant lists, several rules the same ones: each list is answered once.
  const textAnswers = new Map<readonly string[], boolean>();
  const nameAnswers = new Map<readonly string[], boolean>();
  const anyText = (words: readonly string[]) => {
    let answer = textAnswers.get(words);
    if (answer === undefined) {
      strings ??= joinedStrings(sourceCode);
      answer = words.some((word) => strings!.includes(word));
      textAnswers.set(words, answer);
    }
    return answer;
  };
  return {
    anyName(names) {
      let answer = nameAnswers.get(names);
      if (answer === undefined) {
        answer = names.some((name) => source.includes(name) || decoded?.includes(name)) || anyText(lowerCase(names));
        nameAnswers.set(names, answer);
      }
      return answer;
    },
    anyText,
  };
}

const lowerCased = new WeakMap<readonly string[], readonly string[]>();

function lowerCase(names: readonly string[]): readonly string[] {
  let lower = lowerCased.get(names);
  if (!lower) {
    lower = names.map((name) => name.toLowerCase());
    lowerCased.set(names, lower);
  }
  return lower;
}

/** The cooked contents of every string, template and JSX text token, joined, in lower case. */
function joinedStrings(sourceCode: SourceCode): string {
  const pieces: string[] = [];
  const tokens = sourceCode.ast.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const type = token.type as string;
    if (type === "String" || type === "Template" || type === "JSXText") pieces.push(tokenText(type, token.value));
  }
  return pieces.join("").toLowerCase();
}

function decodeUnicode(whole: string, braced: string | undefined, four: string | undefined): string {
  return codePoint(whole, parseInt(braced ?? four!, 16));
}
