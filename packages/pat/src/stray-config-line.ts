import { redact } from "./redact.js";

/**
 * A config line that a parser could not read, quoted in its error: Go's ini.v1
 * `key-value delimiter not found: <line>` and Python configparser's `[line  4]: '<line>'`. Such a
 * line is most often the second half of a token wrapped onto two lines, so when it holds a
 * secret-shaped word it is masked whole — it is a value, not prose. The quoted line ends at a line
 * break, also one escaped inside JSON (`\n`), or a double quote.
 */
const GO_STRAY = /(key-value delimiter not found: )((?:(?!\\[nr"])[^"\r\n])*)/g;
const PYTHON_STRAY = /(\[line +\d+\]: )('(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*")/g;
/** A word of 8+ token characters with a digit in it: hex, base64 or a token fragment, not a word of prose. */
const SECRET_SHAPED_WORD = /(?=[A-Za-z0-9+/=._~-]*\d)[A-Za-z0-9+/=._~-]{8,}/;

export function maskStrayConfigLines(text: string): string {
  return text
    .replace(GO_STRAY, (m, head: string, line: string) => (looksSecret(line) ? head + redact(line) : m))
    .replace(PYTHON_STRAY, (m, head: string, quoted: string) => (looksSecret(quoted) ? `${head}${quoted[0]}${redact(quoted.slice(1, -1))}${quoted[0]}` : m));
}

function looksSecret(line: string): boolean {
  return !line.includes("…") && holdsSecretShapedWord(line);
}

/** Whether `text` holds a word of 8+ token characters with a digit in it (hex, base64, a token piece), which prose does not. */
export function holdsSecretShapedWord(text: string): boolean {
  return SECRET_SHAPED_WORD.test(text);
}
