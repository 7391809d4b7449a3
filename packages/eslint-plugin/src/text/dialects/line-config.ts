import { JSON_STYLE, decode, verbatim } from "../escapes.js";
import { type Lexed, emptyLexed } from "../lexed.js";

const ENV_LINE = /^(\s*)(?:export\s+)?[A-Za-z_][\w.-]*\s*=\s*/;
const INI_LINE = /^(\s*)[^\s=:#;[][^=:]*?\s*[=:]\s*/;

/**
 * Lexes dotenv files (https://github.com/motdotla/dotenv#what-rules-does-the-parsing-engine-follow):
 * `#` comment lines; `KEY=value` where the value is single-quoted (verbatim), double-quoted
 * (`\n`-style escapes) or bare up to a ` #` comment.
 */
export function lexDotenv(text: string): Lexed {
  return lexLines(text, ENV_LINE, ["#"], true);
}

/**
 * Lexes INI-like files (`.databrickscfg`, `.ini`, `.cfg`, `.conf`, `.properties`, `.pypirc`,
 * `.netrc`): `;`/`#`/`!` comment lines, `key = value` and `key: value` values to the end of the
 * line, and any other line (a `.netrc` `machine … password …` line) as text.
 */
export function lexIni(text: string): Lexed {
  return lexLines(text, INI_LINE, [";", "#", "!"], false);
}

function lexLines(text: string, assignment: RegExp, commentMarks: string[], quotes: boolean): Lexed {
  const lexed = emptyLexed();
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end).replace(/\r$/, "");
    const indent = /^\s*/.exec(line)![0].length;
    const body = line.slice(indent);
    if (commentMarks.some((mark) => body.startsWith(mark))) {
      lexed.pieces.push({ kind: "comment", start: start + indent, end: start + line.length, decoded: verbatim(body.slice(1), start + indent + 1) });
    } else if (body !== "" && !body.startsWith("[")) {
      const match = assignment.exec(line);
      const at = match ? match[0].length : indent;
      let value = line.slice(at);
      const quote = quotes ? value[0] : undefined;
      if (quote === '"' || quote === "'") {
        const close = value.indexOf(quote, 1);
        const inner = value.slice(1, close < 0 ? undefined : close);
        const decoded = quote === '"' ? decode(inner, start + at + 1, JSON_STYLE) : verbatim(inner, start + at + 1);
        lexed.pieces.push({ kind: "string", start: start + at, end: start + at + (close < 0 ? value.length : close + 1), decoded });
      } else {
        if (quotes) value = value.replace(/\s+#.*$/, "");
        value = value.trimEnd();
        if (value)
          lexed.pieces.push({ kind: match ? "string" : "prose", start: start + at, end: start + at + value.length, decoded: verbatim(value, start + at) });
      }
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return lexed;
}
