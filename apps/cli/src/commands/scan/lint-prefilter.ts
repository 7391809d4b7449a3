import { PAT_PREFIX } from "@dbcfg/pat";

/** The characters of `dapi`'s base64 that do not depend on the bytes around it, for each of the 3 alignments. */
const BASE64_PREFIXES = [0, 1, 2].map((k) =>
  Buffer.from("x".repeat(k) + PAT_PREFIX)
    .toString("base64")
    .slice(Math.ceil((k * 8) / 6), Math.floor(((k + 4) * 8) / 6)),
);

/**
 * Signals that a text may spell `dapi` in a way only the parser can read. For the plugin to report
 * a token, the value it folds must contain `dapi`; its characters come from the source as:
 * - the letters themselves (`dapi`), or one of them escaped (`\x64`, `\u0061`, `\u{70}`, octal,
 *   `&#105;`);
 * - a decoding: base64 (`ZGFwa`, `RhcG`, `kYXBp`: the three alignments), hex (`64617069`), char
 *   codes (`100, 97`, `0x64, 0x61`), or a reversal (`ipad`);
 * - pieces joined (`+`, templates, `concat`, `join`, constants): then one piece ends with `d`,
 *   `da` or `dap` right before its closing delimiter, and another starts with `api`, `pi` or `i`
 *   right after its opening one.
 */
const SIGNALS = new RegExp(
  [
    "dapi",
    "ipad",
    "64617069",
    "\\\\(?:x|u\\{?0{0,4})(?:64|61|70|69)",
    "\\\\1(?:44|41|60|51)",
    "&#(?:100|97|112|105|x0*(?:64|61|70|69));",
    "\\b(?:100|0x64)\\s*,\\s*(?:97|0x61)\\b",
    ...BASE64_PREFIXES,
  ].join("|"),
  "i",
);
const PIECE_ENDS_IN_PREFIX = /(?:d|da|dap)(?:["'`<]|\$\{)/;
const PIECE_STARTS_WITH_REST = /["'`}>](?:api|pi|i)/;

/**
 * Whether ESLint must parse `text` (a JavaScript-family file) to find every token the plugin would:
 * false only when none of the ways the plugin folds a value can produce `dapi` from this text. The
 * raw-text `findPats` pass runs on every file anyway, so the literal tier is never skipped. This
 * keeps history scans near the speed of reading the blobs: most blobs have no signal at all.
 */
export function mayHoldToken(text: string): boolean {
  return SIGNALS.test(text) || (PIECE_ENDS_IN_PREFIX.test(text) && PIECE_STARTS_WITH_REST.test(text));
}
