import { LineLocator } from "./line-locator.js";
import { pyFirstNonSpace, pyRepr, pyRstrip, pyStrip, pyWidth2 } from "./python-text.js";
import { emptyRecord, recordIn } from "./record.js";
import type { DialectReadResult, KeyLocation } from "./types.js";

const DEFAULT_SECTION = "DEFAULT";
const COMMENT_PREFIXES = ["#", ";"];
/** `read_string`'s source name, used when the document has no path. */
const UNNAMED_SOURCE = "<string>";

class PythonConfigError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

interface PythonLine {
  text: string;
  offset: number;
}

/**
 * Reads `text` as the Python SDK does: CPython 3.11 `configparser.ConfigParser()` with defaults,
 * `read(path)`, then `_sections` plus `DEFAULT` = `defaults()`. A port of `RawConfigParser._read`
 * and `_join_multiline_values`, so the errors are `str(exc)` of configparser's own exceptions.
 * The file is read in text mode (UTF-8 — Python's locale encoding here — with universal
 * newlines: `\r\n`, `\r` and `\n` all end a line; a BOM stays as `\ufeff`).
 */
export function readPythonProfiles(text: string, path: string | undefined): DialectReadResult {
  const locator = new LineLocator(text);
  try {
    return parsePython(text, path ?? UNNAMED_SOURCE, locator);
  } catch (error) {
    if (error instanceof PythonConfigError) return { error: error.message, location: { line: error.line, column: 1 } };
    throw error;
  }
}

function parsePython(text: string, source: string, locator: LineLocator): DialectReadResult {
  const defaults = emptyRecord<string[]>();
  const sections = emptyRecord<Record<string, string[]>>();
  const locations = emptyRecord<Record<string, KeyLocation>>();
  recordIn(locations, DEFAULT_SECTION);
  const sectionsAdded = new Set<string>();
  const optionsAdded = new Map<string, Set<string>>();
  const parsingErrors: string[] = [];
  let current: Record<string, string[]> | undefined;
  let sectionName: string | undefined;
  let optionName: string | undefined;
  let indentLevel = 0;

  universalLines(text).forEach(({ text: line, offset }, index) => {
    const lineNumber = index + 1;
    const stripped = pyStrip(line);
    const isComment = COMMENT_PREFIXES.some((prefix) => stripped.startsWith(prefix));
    const value = isComment ? "" : stripped;
    if (!value) {
      // empty_lines_in_values: a blank line (not a comment) may belong to a multi-line value.
      if (!isComment && current && optionName) current[optionName]!.push("");
      return;
    }
    const currentIndent = Math.max(pyFirstNonSpace(line), 0);
    if (current && optionName && currentIndent > indentLevel) {
      current[optionName]!.push(value);
      return;
    }
    indentLevel = currentIndent;

    const closeIndex = value.lastIndexOf("]");
    if (value[0] === "[" && closeIndex >= 2) {
      sectionName = value.slice(1, closeIndex);
      if (sectionName in sections) {
        if (sectionsAdded.has(sectionName)) {
          throw new PythonConfigError(
            `While reading from ${pyRepr(source)} [line ${pyWidth2(lineNumber)}]: section ${pyRepr(sectionName)} already exists`,
            lineNumber,
          );
        }
        current = sections[sectionName];
        sectionsAdded.add(sectionName);
      } else if (sectionName === DEFAULT_SECTION) {
        current = defaults;
      } else {
        current = emptyRecord<string[]>();
        sections[sectionName] = current;
        recordIn(locations, sectionName);
        sectionsAdded.add(sectionName);
      }
      optionName = undefined;
      return;
    }
    if (!current || sectionName === undefined) {
      throw new PythonConfigError(`File contains no section headers.\nfile: ${pyRepr(source)}, line: ${lineNumber}\n${pyRepr(line)}`, lineNumber);
    }

    const delimiter = value.search(/[=:]/);
    if (delimiter === -1) {
      parsingErrors.push(`\n\t[line ${pyWidth2(lineNumber)}]: ${pyRepr(line)}`);
      return;
    }
    if (delimiter === 0) parsingErrors.push(`\n\t[line ${pyWidth2(lineNumber)}]: ${pyRepr(line)}`);
    optionName = pyRstrip(value.slice(0, delimiter)).toLowerCase();
    const added = optionsAdded.get(sectionName) ?? new Set<string>();
    optionsAdded.set(sectionName, added);
    if (added.has(optionName)) {
      throw new PythonConfigError(
        `While reading from ${pyRepr(source)} [line ${pyWidth2(lineNumber)}]: option ${pyRepr(optionName)} in section ${pyRepr(sectionName)} already exists`,
        lineNumber,
      );
    }
    added.add(optionName);
    current[optionName] = [pyStrip(value.slice(delimiter + 1))];
    recordIn(locations, sectionName)[optionName] = locator.locate(offset + currentIndent);
  });

  if (parsingErrors.length > 0) {
    // ParsingError(source) refuses an empty source name with a ValueError of its own.
    const message = source ? `Source contains parsing errors: ${pyRepr(source)}${parsingErrors.join("")}` : "Required argument `source' not given.";
    throw new PythonConfigError(message, firstErrorLine(parsingErrors));
  }

  const profiles = emptyRecord<Record<string, string>>();
  profiles[DEFAULT_SECTION] = joinMultilineValues(defaults);
  for (const [name, options] of Object.entries(sections)) profiles[name] = joinMultilineValues(options);
  return { profiles, locations };
}

/** The file as Python's text mode yields it: `\r\n` and `\r` become `\n`; each line keeps its `\n`. */
function universalLines(text: string): PythonLine[] {
  const lines: PythonLine[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  for (const match of text.matchAll(lineBreak)) {
    lines.push({ text: `${text.slice(start, match.index)}\n`, offset: start });
    start = match.index + match[0].length;
  }
  if (start < text.length) lines.push({ text: text.slice(start), offset: start });
  return lines;
}

function joinMultilineValues(options: Record<string, string[]>): Record<string, string> {
  const joined = emptyRecord<string>();
  for (const [name, parts] of Object.entries(options)) joined[name] = pyRstrip(parts.join("\n"));
  return joined;
}

function firstErrorLine(parsingErrors: string[]): number {
  return Number(/\[line +(\d+)\]/.exec(parsingErrors[0]!)![1]);
}
