import type { ConfigLine } from "./config-line.js";
import type { RawLine } from "./split-lines.js";
import { skipSpaces, trimEndIndex } from "./whitespace.js";

const HASH = 35;
const SEMICOLON = 59;
const OPEN_BRACKET = 91;
const BOM = 0xfeff;

/**
 * Types each line the way the SDKs' parsers see it: comments and blanks first, then Python's
 * continuation rule (an indented line after a key, deeper than that key), then `[section]`, then
 * `key <=|:> value`. Never throws; a line nothing can parse becomes `invalid`.
 */
export function classifyLines(rawLines: readonly RawLine[]): ConfigLine[] {
  const lines: ConfigLine[] = new Array(rawLines.length);
  let section: string | null = null;
  let optionLine = 0;
  let optionIndent = 0;
  for (let index = 0; index < rawLines.length; index++) {
    const { text: raw, eol } = rawLines[index]!;
    const number = index + 1;
    const base = index === 0 && raw.charCodeAt(0) === BOM ? 1 : 0;
    const start = skipSpaces(raw, base);
    if (start === raw.length) {
      lines[index] = { kind: "blank", number, raw, eol, section };
      continue;
    }
    const first = raw.charCodeAt(start);
    if (first === HASH || first === SEMICOLON) {
      lines[index] = { kind: "comment", number, raw, eol, section };
      continue;
    }
    const indent = start - base;
    if (optionLine !== 0 && indent > optionIndent) {
      lines[index] = { kind: "continuation", number, raw, eol, section, ownerLine: optionLine, indent };
      continue;
    }
    if (first === OPEN_BRACKET) {
      optionLine = 0;
      optionIndent = indent;
      const close = raw.lastIndexOf("]");
      if (close < start) {
        lines[index] = { kind: "invalid", number, raw, eol, section, reason: "unclosed-section", indent };
        continue;
      }
      if (close === start + 1) {
        lines[index] = { kind: "invalid", number, raw, eol, section, reason: "empty-section-name", indent };
        continue;
      }
      const name = raw.slice(start + 1, close);
      section = name;
      const trailing = raw.slice(close + 1).trim();
      lines[index] = { kind: "section", number, raw, eol, section, name, nameStart: start + 1, nameEnd: close, trailing, indent };
      continue;
    }
    const delimiterIndex = findDelimiter(raw, start);
    if (delimiterIndex < 0) {
      lines[index] = { kind: "invalid", number, raw, eol, section, reason: "missing-delimiter", indent };
      optionIndent = indent;
      continue;
    }
    const keyEnd = trimEndIndex(raw, start, delimiterIndex);
    if (keyEnd === start) {
      lines[index] = { kind: "invalid", number, raw, eol, section, reason: "empty-key", indent };
      optionIndent = indent;
      continue;
    }
    const valueStart = skipSpaces(raw, delimiterIndex + 1);
    const valueEnd = trimEndIndex(raw, valueStart);
    lines[index] = {
      kind: "entry",
      number,
      raw,
      eol,
      section,
      key: raw.slice(start, keyEnd),
      keyStart: start,
      keyEnd,
      delimiter: raw[delimiterIndex] as "=" | ":",
      delimiterIndex,
      value: raw.slice(valueStart, valueEnd),
      valueStart,
      valueEnd,
      indent,
    };
    optionLine = number;
    optionIndent = indent;
  }
  return lines;
}

function findDelimiter(raw: string, from: number): number {
  for (let i = from; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 61 /* = */ || code === 58 /* : */) return i;
  }
  return -1;
}
