import { PAT_PREFIX } from "@dbcfg/pat";
import { languageKey } from "./language-key.js";

/** The characters of `dapi`'s base64 that do not depend on the bytes around it, for each of the 3 alignments. */
const BASE64_PREFIXES = [0, 1, 2].map((k) =>
  Buffer.from("x".repeat(k) + PAT_PREFIX)
    .toString("base64")
    .slice(Math.ceil((k * 8) / 6), Math.floor(((k + 4) * 8) / 6)),
);
const HEX_PREFIX = Buffer.from(PAT_PREFIX).toString("hex");
const REVERSED_PREFIX = [...PAT_PREFIX].reverse().join("");

/** How a decoder can spell `dapi`: reversed, hex, and base64 at each alignment. Case matters in every one of them. */
const DECODED_SPELLINGS = [REVERSED_PREFIX, HEX_PREFIX, ...BASE64_PREFIXES];

/**
 * The starts of escapes that can stand for any character, so also for a letter of `dapi` or of its
 * encodings: `\x..`, `\u....`, `\u{..}`, `\U........`, octal `\141`, `\N{…}`, HTML `&#…;` and
 * PowerShell's `` `u{…} ``. Escapes of one fixed character (`\n`, `\"`, `\\`) never spell a letter.
 */
const BACKSLASH_ESCAPES = ["x", "u", "U", "N", "0", "1", "2", "3", "4", "5", "6", "7"].map((c) => "\\" + c);
const OTHER_ESCAPES = ["&#", "`u{"];

/**
 * A decoder the plugin applies to a folded value (JavaScript `atob`, `Buffer.from(…, "base64"|"hex")`,
 * `.reverse()`; Python `base64.b64decode`, `bytes.fromhex`, `binascii.unhexlify`, `[::-1]`,
 * `reversed`): the value it decodes may be joined from pieces anywhere in the file, so then every
 * encoded spelling is looked for split across pieces too. Each name is searched only when a
 * letter of it that is rare in data (hex, numbers) is in the text at all.
 */
const DECODER_NAMES: readonly [gate: string, name: string][] = [
  ["t", "atob"],
  ["s", "base64"],
  ["o", "b64decode"],
  ["x", "hex"],
  ["v", "revers"],
  ["[", "[::-1]"],
];
/** JavaScript's character-code decoders: their codes may come from constants and spreads anywhere, so any use lets the file through. */
const CHAR_CODE_DECODERS = ["fromCharCode", "fromCodePoint"];

/**
 * Where a piece of a joined value may stop and the next start, as characters of the raw text: the
 * character right after a piece's last character (`end`), and the one right before a piece's
 * first (`start`). JavaScript (ESLint's parser): quotes, template `${`…`}`, JSX text between `>`
 * and `<`/`{`, and a `\` line continuation. Python
 * (https://docs.python.org/3/reference/lexical_analysis.html#string-and-bytes-literals): quotes,
 * f-string `{`…`}`, and `\` line continuations. Every other language (shell bare words, YAML
 * continuations that drop the next line's indentation, notebooks with code inside JSON strings,
 * Markdown fences in any of them, Python with `# MAGIC` cells in other languages): `null`, any
 * character that is not a letter, digit or `_`, and the ends of the text.
 */
interface Delimiters {
  end: string | null;
  start: string | null;
}
const ANY_DELIMITER: Delimiters = { end: null, start: null };
const JAVASCRIPT_DELIMITERS: Delimiters = { end: "\"'`$<{\\", start: "\"'`}>\n\r" };
const PYTHON_DELIMITERS: Delimiters = { end: "\"'{\\", start: "\"'}\n\r" };
const DELIMITERS_BY_LANGUAGE: ReadonlyMap<string, Delimiters> = new Map([
  ...[".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"].map((key) => [key, JAVASCRIPT_DELIMITERS] as const),
  [".py", PYTHON_DELIMITERS],
]);
const EMBEDS_OTHER_LANGUAGES = "# MAGIC";

/**
 * A file's content as text or as its UTF-8 bytes: every needle here is ASCII, and an ASCII
 * character is one byte of UTF-8 that is never part of another character's encoding, so both
 * give the same answer (neighbours that are not ASCII are no letter, digit or delimiter in either).
 */
export type Content = string | Buffer;

const codeAt = (text: Content, index: number): number => (typeof text === "string" ? text.charCodeAt(index) : text[index]!);

const isWordCode = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/** Whether the character at `index` of `text` delimits a piece (`set` null: any non-word character or the ends of the text). */
function delimits(text: Content, index: number, set: string | null): boolean {
  if (index < 0 || index >= text.length) return set === null;
  const code = codeAt(text, index);
  return set === null ? !isWordCode(code) : set.includes(String.fromCharCode(code));
}

/** Whether some piece starts with `tail` (the character before it is a start delimiter). */
function pieceStartsWith(text: Content, tail: string, set: string | null): boolean {
  for (let at = text.indexOf(tail); at >= 0; at = text.indexOf(tail, at + 1)) if (delimits(text, at - 1, set)) return true;
  return false;
}

/** Whether some piece ends with `head` (the character after it is an end delimiter). */
function pieceEndsWith(text: Content, head: string, set: string | null): boolean {
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) if (delimits(text, at + head.length, set)) return true;
  return false;
}

/**
 * Whether one of `spellings` may be assembled from two or more pieces: its first piece ends with a
 * head of it and its last starts with a tail (pieces in between, or a join's separator, are whole).
 */
function mayJoin(text: Content, spellings: readonly string[], delimiters: Delimiters): boolean {
  const cuts = (spelling: string) => Array.from({ length: spelling.length - 1 }, (_, i) => i + 1);
  return spellings.some(
    (spelling) =>
      cuts(spelling).some((cut) => pieceStartsWith(text, spelling.slice(cut), delimiters.start)) &&
      cuts(spelling).some((cut) => pieceEndsWith(text, spelling.slice(0, cut), delimiters.end)),
  );
}

/**
 * Whether ESLint must read `text` (the file at `path`, as text or bytes) to find every token the plugin would:
 * false only when none of the ways the plugin builds a value can produce `dapi` from this text.
 * Every tier ends in a value that contains `dapi`, whose letters come from the source as
 * - the letters themselves, in one piece (literal, comment) — then the text holds `dapi`;
 * - an escape (escaped) — then the text holds such an escape ({@link BACKSLASH_ESCAPES});
 * - a decoding (encoded): of one piece (a long base64 or hex string is decoded wherever it stands)
 *   — then the text holds the reversed, hex or base64 spelling; of pieces joined, or of character
 *   codes — then the text names a decoder ({@link DECODER_NAMES}, {@link CHAR_CODE_DECODERS});
 * - pieces joined (concat, binding; `"sep".join` puts a piece between the others) — then one piece
 *   ends with `d`, `da` or `dap` and another starts with the rest, each beside a delimiter of the
 *   language (with a decoder in the file, the same for every encoded spelling).
 * The raw-text `findPats` pass runs on every file anyway, so the literal tier is never skipped.
 * The cheap searches come first: most blobs of a history fail all of them.
 */
export function mayHoldToken(text: Content, path: string): boolean {
  const has = (part: string) => text.includes(part);
  if (has("i") && has("p") && (has(PAT_PREFIX) || has(REVERSED_PREFIX))) return true;
  if (has(HEX_PREFIX) || ((has("G") || has("Y")) && BASE64_PREFIXES.some(has))) return true;
  if ((has("\\") && BACKSLASH_ESCAPES.some(has)) || OTHER_ESCAPES.some(has)) return true;
  if (has("C") && CHAR_CODE_DECODERS.some(has)) return true;
  const decoded = DECODER_NAMES.some(([gate, name]) => has(gate) && has(name));
  if (decoded) return mayJoin(text, [PAT_PREFIX, ...DECODED_SPELLINGS], ANY_DELIMITER);
  const language = DELIMITERS_BY_LANGUAGE.get(languageKey(path));
  const delimiters = !language || (language === PYTHON_DELIMITERS && has(EMBEDS_OTHER_LANGUAGES)) ? ANY_DELIMITER : language;
  return has("i") && mayJoin(text, [PAT_PREFIX], delimiters);
}
