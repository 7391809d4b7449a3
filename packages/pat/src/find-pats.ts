import { PAT_BODY_LENGTH, PAT_PREFIX, isDigit, isLowerHex, isWordChar } from "./grammar.js";
import { isPlaceholderBody } from "./placeholder.js";

/** One token found in a text: the token itself and where it stands (UTF-16 offsets). */
export interface PatMatch {
  token: string;
  index: number;
  length: number;
}

export interface ScanOptions {
  /** Keep tokens that rule E1 calls placeholders (used for redaction, which masks them too). */
  includePlaceholders?: boolean;
  /** Called once per character inspected; lets tests prove the scan is linear. */
  onStep?: () => void;
}

/**
 * Scans `text` for grammar-G tokens with a hand-written, single-pass matcher: each character is
 * inspected a bounded number of times, so the work is linear in the input whatever it holds.
 */
export function scanPats(text: string, options: ScanOptions = {}): PatMatch[] {
  const { includePlaceholders = false, onStep } = options;
  const found: PatMatch[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf(PAT_PREFIX, from);
    if (start < 0) break;
    onStep?.();
    from = start + 1;
    if (start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
    const bodyStart = start + PAT_PREFIX.length;
    const bodyEnd = bodyStart + PAT_BODY_LENGTH;
    if (bodyEnd > text.length) break;
    let hex = true;
    for (let i = bodyStart; i < bodyEnd; i++) {
      onStep?.();
      if (!isLowerHex(text.charCodeAt(i))) {
        hex = false;
        break;
      }
    }
    if (!hex) continue;
    let end = bodyEnd;
    if (text.charCodeAt(end) === 45 /* - */ && isDigit(text.charCodeAt(end + 1)) && !(end + 2 < text.length && isWordChar(text.charCodeAt(end + 2)))) {
      end += 2;
    }
    if (end < text.length && isWordChar(text.charCodeAt(end))) continue;
    const token = text.slice(start, end);
    if (includePlaceholders || !isPlaceholderBody(text.slice(bodyStart, bodyEnd))) {
      found.push({ token, index: start, length: end - start });
    }
    from = end;
  }
  return found;
}

/**
 * Every Databricks PAT in `text` per grammar G, excluding obvious placeholders (rule E1).
 * The same token twice is two matches.
 */
export function findPats(text: string): PatMatch[] {
  return scanPats(text);
}

/** True when `s` is exactly one PAT (no surrounding text) and not a placeholder. */
export function isPat(s: string): boolean {
  const matches = scanPats(s);
  return matches.length === 1 && matches[0]!.index === 0 && matches[0]!.length === s.length;
}

/** True when `s` is exactly one grammar-G token that rule E1 calls a placeholder. */
export function isPlaceholderPat(s: string): boolean {
  const matches = scanPats(s, { includePlaceholders: true });
  return matches.length === 1 && matches[0]!.length === s.length && isPlaceholderBody(s.slice(4, 36));
}
