import type { LineEnding } from "./split-lines.js";

interface LineBase {
  /** 1-based line number. */
  readonly number: number;
  /** The line's exact text, without its line ending. */
  readonly raw: string;
  readonly eol: LineEnding;
  /** The section the line belongs to (`null` before the first header). */
  readonly section: string | null;
}

export interface BlankLine extends LineBase {
  readonly kind: "blank";
}

export interface CommentLine extends LineBase {
  readonly kind: "comment";
}

/** `[name]`: `nameStart`/`nameEnd` are offsets into `raw`; the name is between `[` and the last `]`. */
export interface SectionLine extends LineBase {
  readonly kind: "section";
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  /** Text after the closing `]` other than spaces (ignored by Go and Python, fatal to the JS reader's match). */
  readonly trailing: string;
  readonly indent: number;
}

/**
 * `key = value`: every span is an offset into `raw`. `value` is the text after the delimiter with
 * surrounding spaces removed — what Python reads; Go and JS post-process it (see diagnostics).
 */
export interface EntryLine extends LineBase {
  readonly kind: "entry";
  readonly key: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly delimiter: "=" | ":";
  readonly delimiterIndex: number;
  readonly value: string;
  readonly valueStart: number;
  readonly valueEnd: number;
  readonly indent: number;
}

/** An indented line that Python's configparser appends to the value of `ownerLine`. */
export interface ContinuationLine extends LineBase {
  readonly kind: "continuation";
  readonly ownerLine: number;
  readonly indent: number;
}

export type InvalidReason = "missing-delimiter" | "empty-key" | "empty-section-name" | "unclosed-section";

/** A line no SDK parses: Go and Python fail on the whole file. */
export interface InvalidLine extends LineBase {
  readonly kind: "invalid";
  readonly reason: InvalidReason;
  readonly indent: number;
}

/** One line of a `.databrickscfg` document. */
export type ConfigLine = BlankLine | CommentLine | SectionLine | EntryLine | ContinuationLine | InvalidLine;
