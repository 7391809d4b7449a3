import { goQuote, goTrim, goTrimLeft, utf8Length } from "./go-text.js";
import { LineLocator } from "./line-locator.js";
import { emptyRecord, recordIn } from "./record.js";
import type { DialectReadResult, KeyLocation } from "./types.js";

const DEFAULT_SECTION = "DEFAULT";
const KEY_VALUE_DELIMITERS = /[=:]/;

class GoIniError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * Reads `text` as the Go SDK does: gopkg.in/ini.v1 v1.67.0
 * `LoadSources(LoadOptions{SpaceBeforeInlineComment: true}, path)`. A port of ini.v1's
 * `parser.go`, step for step, so the error texts are ini.v1's own. ini.v1 reads with
 * `bufio.ReadBytes('\n')`: only `\n` ends a line, and a `\r` is ordinary (trimmable) text.
 */
export function readGoProfiles(text: string): DialectReadResult {
  const locator = new LineLocator(text);
  try {
    return new GoIniParser(text, locator).parse();
  } catch (error) {
    if (error instanceof GoIniError) return { error: error.message, location: locator.locate(error.offset) };
    throw error;
  }
}

class GoIniParser {
  private position: number;
  private isEOF = false;
  private readonly profiles = emptyRecord<Record<string, string>>();
  private readonly locations = emptyRecord<Record<string, KeyLocation>>();

  constructor(
    private readonly text: string,
    private readonly locator: LineLocator,
  ) {
    // parser.BOM(): a UTF-8 BOM is skipped. (A UTF-16 BOM cannot occur in decoded text.)
    this.position = text.startsWith("\ufeff") ? 1 : 0;
  }

  parse(): DialectReadResult {
    let section = DEFAULT_SECTION;
    recordIn(this.profiles, section);
    recordIn(this.locations, section);
    let autoIncrement = 1;

    while (!this.isEOF) {
      const lineStart = this.position;
      const raw = this.readUntilNewline();
      const line = goTrimLeft(raw);
      const offset = lineStart + raw.length - line.length;
      if (line.length === 0) continue;
      if (line[0] === "#" || line[0] === ";") continue;

      if (line[0] === "[") {
        const closeIndex = line.lastIndexOf("]");
        if (closeIndex === -1) throw new GoIniError(`unclosed section: ${line}`, offset);
        const name = line.slice(1, closeIndex);
        if (name.length === 0) throw new GoIniError("empty section name", offset);
        section = name;
        recordIn(this.profiles, section);
        recordIn(this.locations, section);
        autoIncrement = 1;
        continue;
      }

      const key = readKeyName(line, offset);
      let name = key.name;
      if (name === "-") name = `#${autoIncrement++}`;
      const value = this.readValue(line.slice(key.valueStart), offset);
      if (name.length === 0) throw new GoIniError("error creating new key: empty key name", offset);
      recordIn(this.profiles, section)[name] = value;
      recordIn(this.locations, section)[name] = this.locator.locate(offset);
    }
    return { profiles: this.profiles, locations: this.locations };
  }

  /** `bufio.Reader.ReadBytes('\n')`: the line with its `\n`; at the end, whatever is left. */
  private readUntilNewline(): string {
    const end = this.text.indexOf("\n", this.position);
    if (end === -1) {
      const rest = this.text.slice(this.position);
      this.position = this.text.length;
      this.isEOF = true;
      return rest;
    }
    const line = this.text.slice(this.position, end + 1);
    this.position = end + 1;
    return line;
  }

  private readValue(input: string, lineOffset: number): string {
    let line = goTrimLeft(input);
    if (line.length === 0) return "";

    let valueQuote = "";
    if (utf8Length(line) > 3 && line.startsWith('"""')) valueQuote = '"""';
    else if (line[0] === "`") valueQuote = "`";

    if (valueQuote) {
      const start = valueQuote.length;
      const closing = line.slice(start).lastIndexOf(valueQuote);
      if (closing === -1) return this.readMultilines(line, line.slice(start), valueQuote, lineOffset);
      return line.slice(start, closing + start);
    }

    line = goTrim(line);
    if (line.endsWith("\\")) return this.readContinuationLines(line.slice(0, -1));

    let commentStart = line.indexOf(" #");
    if (commentStart === -1) commentStart = line.indexOf(" ;");
    if (commentStart > -1) line = goTrim(line.slice(0, commentStart));

    if (hasSurroundedQuote(line, "'") || hasSurroundedQuote(line, '"')) line = line.slice(1, -1);
    return line;
  }

  private readMultilines(line: string, value: string, valueQuote: string, lineOffset: number): string {
    let result = value;
    for (;;) {
      const next = this.readUntilNewline();
      const closing = next.lastIndexOf(valueQuote);
      if (closing > -1) return result + next.slice(0, closing);
      result += next;
      if (this.isEOF) {
        throw new GoIniError(`missing closing key quote from ${goQuote(line)} to ${goQuote(next)}`, lineOffset);
      }
    }
  }

  private readContinuationLines(value: string): string {
    let result = value;
    for (;;) {
      const next = goTrim(this.readUntilNewline());
      if (next.length === 0) return result;
      result += next;
      if (!result.endsWith("\\")) return result;
      result = result.slice(0, -1);
    }
  }
}

/** ini.v1 `readKeyName`: quoted keys (`"`, `"""`, backtick), else split at the first `=`/`:`. */
function readKeyName(line: string, offset: number): { name: string; valueStart: number } {
  let keyQuote = "";
  if (line[0] === '"') keyQuote = utf8Length(line) > 6 && line.startsWith('"""') ? '"""' : '"';
  else if (line[0] === "`") keyQuote = "`";

  if (keyQuote) {
    const start = keyQuote.length;
    const closeFrom = line.slice(start).indexOf(keyQuote);
    if (closeFrom === -1) throw new GoIniError(`missing closing key quote: ${line}`, offset);
    const close = closeFrom + start;
    const delimiter = line.slice(close + start).search(KEY_VALUE_DELIMITERS);
    if (delimiter < 0) throw new GoIniError(`key-value delimiter not found: ${line}`, offset);
    return { name: goTrim(line.slice(start, close)), valueStart: close + delimiter + start + 1 };
  }

  const delimiter = line.search(KEY_VALUE_DELIMITERS);
  if (delimiter < 0) throw new GoIniError(`key-value delimiter not found: ${line}`, offset);
  if (delimiter === 0) throw new GoIniError(`empty key name: ${line}`, offset);
  return { name: goTrim(line.slice(0, delimiter)), valueStart: delimiter + 1 };
}

/** True when `text` is wrapped in one pair of `quote` that does not occur inside. */
function hasSurroundedQuote(text: string, quote: string): boolean {
  return text.length >= 2 && text[0] === quote && text.endsWith(quote) && text.indexOf(quote, 1) === text.length - 1;
}
