import type { EntryLine } from "./config-line.js";
import { diagnostic, type Diagnostic } from "./diagnostic.js";
import { inlineCommentIndex, isSurroundedByQuote } from "./effective-value.js";

/**
 * Value spellings the three readers take differently (go-ini/ini v1.67.0 `parser.go`, Python `configparser`, npm `ini` `decode`): Go strips
 * ` #…`/` ;…` and one pair of surrounding quotes, treats a trailing `\` as a continuation and a
 * leading `"""` or backtick as a multi-line quote; Python keeps the text as written; JS cuts at
 * the first `#`/`;`, unquotes quoted values and unescapes `\\`, `\;`, `\#`.
 * Messages name the key only: the value may be a secret.
 */
export function findValueSyntaxDiagnostics(line: EntryLine): Diagnostic[] {
  const found: Diagnostic[] = [];
  const { value, key } = line;
  if (value === "") return found;
  const where = { profile: line.section, key };
  const at = (offset: number) => line.valueStart + offset + 1;
  const goComment = inlineCommentIndex(value);
  const commentChar = value.search(/[#;]/);
  if (goComment >= 0) {
    found.push(
      diagnostic(
        "inline-comment",
        "warning",
        `The value of "${key}" holds " #" or " ;": Go drops everything from there as an inline comment, the JS SDK cuts at the first # or ;, and Python keeps the whole text. Put the comment on its own line above the key.`,
        line.number,
        at(goComment + 1),
        where,
      ),
    );
  } else if (commentChar >= 0) {
    found.push(
      diagnostic(
        "comment-char-in-value",
        "warning",
        `The value of "${key}" contains # or ;. Go and Python read it whole, but the JS SDK cuts the value there. No spelling reads the same in all three; if the value really contains # or ;, expect the JS SDK to misread it.`,
        line.number,
        at(commentChar),
        where,
      ),
    );
  }
  const goValue = goComment >= 0 ? value.slice(0, goComment).trim() : value;
  if (value.startsWith('"""') || value.startsWith("`")) {
    found.push(
      diagnostic(
        "quoted-value",
        "warning",
        `The value of "${key}" starts with ${value.startsWith("`") ? "a backtick" : '"""'}: Go reads it as a quoted (possibly multi-line) value and drops the quotes, Python and JS keep them. Remove the quotes.`,
        line.number,
        at(0),
        where,
      ),
    );
  } else if (isSurroundedByQuote(goValue) || isSurroundedByQuote(value)) {
    found.push(
      diagnostic(
        "quoted-value",
        "warning",
        `The value of "${key}" is in quotes: Go and the JS SDK remove them, Python keeps them as part of the value. Remove the quotes.`,
        line.number,
        at(0),
        where,
      ),
    );
  }
  if (value.endsWith("\\")) {
    found.push(
      diagnostic(
        "line-continuation",
        "warning",
        `The value of "${key}" ends with a backslash: Go joins the next line onto it, Python and JS keep the backslash. Remove the trailing backslash.`,
        line.number,
        at(value.length - 1),
        where,
      ),
    );
  } else if (/\\[\\;#]/.test(value)) {
    found.push(
      diagnostic(
        "escape-in-value",
        "warning",
        `The value of "${key}" contains \\\\, \\; or \\#: the JS SDK removes the backslash, Go and Python keep it.`,
        line.number,
        at(value.search(/\\[\\;#]/)),
        where,
      ),
    );
  }
  return found;
}
