/**
 * Control characters that would act on a terminal instead of being shown: C0 (except tab and line
 * feed), DEL, C1 (U+0080–U+009F, where 0x9B alone starts a CSI sequence), and the Unicode bidi
 * controls that reorder what a reader sees ("Trojan Source", CVE-2021-42574). A server message
 * or a config file can carry any of them: `ESC]0;title BEL` retitles the window, `ESC[2J` clears
 * the screen, a bare `\r` overwrites the line before it.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * dbcfg's own colours (see `palette` in color.ts): the only escape sequences it writes on
 * purpose, kept so that colour still works. They only select a colour or weight.
 */
// eslint-disable-next-line no-control-regex -- the ESC of our own colour sequences
const OWN_SGR = /\u001b\[(?:1|2|22|31|32|33|39)m/y;

/** Longest line written as text; the rest is cut with a count, so a 10 MB section name is not echoed whole. */
export const MAX_LINE_CHARS = 4096;

/**
 * Text as a terminal may receive it: every control character shown as a visible escape (`\u001b`,
 * `\r`), which is also valid inside JSON strings, and every line cut at `MAX_LINE_CHARS`
 * (`maxLineChars: Infinity` for machine formats, whose lines must stay whole).
 */
export function toTerminalSafeText(text: string, options: { maxLineChars?: number } = {}): string {
  const escaped = escapeControlChars(text);
  const max = options.maxLineChars ?? MAX_LINE_CHARS;
  if (escaped.length <= max) return escaped;
  return escaped
    .split("\n")
    .map((line) => (line.length <= max ? line : `${line.slice(0, max)}… (${line.length - max} more characters)`))
    .join("\n");
}

/** Every control character of `text` as a visible escape; dbcfg's own colour sequences kept. */
export function escapeControlChars(text: string): string {
  return text.replace(CONTROL, (char, offset: number) => {
    if (char === "\u001b") {
      OWN_SGR.lastIndex = offset;
      if (OWN_SGR.test(text)) return char;
    }
    if (char === "\r") return "\\r";
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
