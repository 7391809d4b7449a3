import fc from "fast-check";

/**
 * Characters every reader treats specially, plus Unicode whose meaning is stable across the
 * Unicode versions of Go 1.19, CPython 3.11 and Node 20 (so a difference is a parser difference).
 */
const TRICKY = [
  "#",
  ";",
  "=",
  ":",
  '"',
  "'",
  "`",
  '"""',
  "\\",
  "[",
  "]",
  " ",
  "\t",
  "%",
  ".",
  "\u00a0",
  "\u0085",
  "\u3000",
  "\u2028",
  "\ufeff",
  "\u200b",
  "\u0000",
  "\u001c",
  "\u00e9",
  "\u4e2d",
  "\u{1f600}",
];
const WORDS = [
  "host",
  "token",
  "HOST",
  "Token",
  "x",
  "a b",
  "-",
  "true",
  "false",
  "null",
  "'1'",
  "'null'",
  "'[1]'",
  "https://h.example",
  "__proto__",
  "DEFAULT",
  "default",
  "p.q",
];

const word = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[a-z0-9_]{1,6}$/));
const fragment = fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: fc.constantFrom(...TRICKY) });
const fragments = (max: number) => fc.array(fragment, { maxLength: max }).map((parts) => parts.join(""));
const indent = fc.constantFrom("", "", "", " ", "  ", "\t", "\u00a0");

const sectionLine = fc
  .tuple(indent, fc.oneof(word, fragments(3)), fc.constantFrom("]", "]", "] # c", "]]", ""))
  .map(([lead, name, close]) => `${lead}[${name}${close}`);
const keyLine = fc
  .tuple(
    indent,
    fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: fragments(2) }),
    fc.constantFrom("=", " = ", ":", ": ", "  =\t"),
    fragments(5),
  )
  .map(([lead, key, delimiter, value]) => `${lead}${key}${delimiter}${value}`);
const otherLine = fc.oneof(
  fc.constant(""),
  fc.constantFrom("# comment", "; comment", "  # indented comment", "   "),
  fc.tuple(indent, fragments(3)).map(([lead, text]) => `${lead}${text}`),
);
const line = fc.oneof({ weight: 2, arbitrary: sectionLine }, { weight: 5, arbitrary: keyLine }, { weight: 2, arbitrary: otherLine });
const lineEnding = fc.oneof(
  { weight: 6, arbitrary: fc.constant("\n") },
  { weight: 2, arbitrary: fc.constant("\r\n") },
  { weight: 1, arbitrary: fc.constant("\r") },
);

/** A `.databrickscfg`-like text: sections, keys, comments, continuations, odd quotes and endings. */
export const configText = fc
  .tuple(
    fc.constantFrom("", "", "", "", "\ufeff"),
    fc.constantFrom("[p]", "[DEFAULT]", ""),
    fc.array(fc.tuple(line, lineEnding), { maxLength: 14 }),
    fc.boolean(),
  )
  .map(([bom, firstSection, lines, finalNewline]) => {
    const body = lines.map(([text, ending]) => text + ending).join("");
    const text = `${bom}${firstSection ? `${firstSection}\n` : ""}${body}`;
    return finalNewline ? text : text.replace(/(\r\n|\r|\n)$/, "");
  });

/** `count` texts from `configText`, reproducible through `seed`. */
export function sampleConfigTexts(count: number, seed: number): string[] {
  return fc.sample(configText, { numRuns: count, seed });
}
