import { findPats, redact } from "@dbcfg/pat";

/**
 * Recovering the token behind an ESLint report.
 *
 * `@dbcfg/eslint-plugin` reports only the redacted token (`dapi…1a2b`) and where it stands, but a
 * fingerprint and `--verify` need the token itself. The report's range covers the text the token
 * was read from: a literal or comment that spells it (possibly with escapes), or an expression that
 * assembles or decodes it. So the token is searched for in readings of that text, cheapest first:
 * the raw text, the literals' values (escapes decoded) joined in order and reversed, and their
 * base64, hex and char-code decodings; then the same readings of every literal of the file (for
 * tokens assembled from constants declared elsewhere). A candidate is accepted only when its own
 * redaction equals the redaction in the report, so a wrong token is never picked up unless two
 * tokens of one text share their last four characters (then the first one is taken). When no
 * reading yields it the finding is kept without a token: it is fingerprinted by place, never
 * verified.
 */
export function recoverToken(text: string, from: number, to: number, redacted: string): string | undefined {
  return firstMatching(readings(text.slice(from, to)), redacted) ?? firstMatching(readings(text, false), redacted);
}

/** The redacted token a lint message names (`dapi…1a2b`), if any. */
export function redactedTokenIn(message: string): string | undefined {
  return /dapi…[0-9a-f-]{4}/.exec(message)?.[0];
}

function firstMatching(candidates: Iterable<string>, redacted: string): string | undefined {
  for (const candidate of candidates) {
    for (const match of findPats(candidate)) if (redact(match.token) === redacted) return match.token;
  }
  return undefined;
}

const STRING_LITERAL = /(["'`])((?:\\[^]|(?!\1)[^\\])*?)\1/g;
const ESCAPE = /\\(?:x([0-9a-fA-F]{2})|u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|([^]))/g;
const SINGLE_ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", v: "\v", "0": "\0" };

function unescape(raw: string): string {
  return raw.replace(ESCAPE, (_whole, hex?: string, braced?: string, four?: string, other?: string) => {
    const code = hex ?? braced ?? four;
    if (code !== undefined) return String.fromCodePoint(Math.min(parseInt(code, 16), 0x10ffff));
    return SINGLE_ESCAPES[other!] ?? (other === "\n" ? "" : other!);
  });
}

function* readings(text: string, includeRaw = true): Generator<string> {
  if (includeRaw) yield text;
  const values = [...text.matchAll(STRING_LITERAL)].map((m) => unescape(m[2]!));
  const joined = values.join("");
  yield joined;
  yield [...joined].reverse().join("");
  yield [...values].reverse().join("");
  for (const value of [joined, ...values]) {
    yield decodeBase64(value);
    yield decodeHex(value);
  }
  const codes = text.match(/\b\d{2,3}\b|\b0x[0-9a-fA-F]{2}\b/g);
  if (codes) yield String.fromCharCode(...codes.map(Number).filter((c) => c >= 32 && c < 127));
}

function decodeBase64(value: string): string {
  const compact = value.replace(/\s+/g, "");
  return /^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(compact) ? Buffer.from(compact, "base64").toString("latin1") : "";
}

function decodeHex(value: string): string {
  const compact = value.replace(/\s+|\\x/g, "");
  return /^(?:[0-9a-fA-F]{2}){16,}$/.test(compact) ? Buffer.from(compact, "hex").toString("latin1") : "";
}
