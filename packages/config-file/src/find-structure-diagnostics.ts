import { findPats, isPat, redact } from "@dbcfg/pat";
import type { ConfigLine, ContinuationLine, EntryLine, InvalidLine, SectionLine } from "./config-line.js";
import { DEFAULT_PROFILE } from "./constants.js";
import { diagnostic, type Diagnostic } from "./diagnostic.js";
import { findValueSyntaxDiagnostics } from "./find-value-syntax-diagnostics.js";

/**
 * Problems with the file's shape: lines an SDK cannot parse, and constructs that the Go, Python
 * and JS readers read differently (duplicates, continuation lines, BOM, line endings, headers).
 */
export function findStructureDiagnostics(lines: readonly ConfigLine[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  const sectionFirstLine = new Map<string, number>();
  const keyLines = new Map<string, Map<string, number>>();
  let loneCarriageReturns = 0;
  for (const line of lines) {
    if (line.eol === "\r" && loneCarriageReturns++ === 0) {
      found.push(
        diagnostic(
          "lone-carriage-return",
          "warning",
          "This line ends with a lone carriage return (old Mac style). Go's reader splits lines only at \\n, so it joins this line with the next; Python and JS split here. Save the file with \\n or \\r\\n line endings.",
          line.number,
          line.raw.length + 1,
          { profile: line.section },
        ),
      );
    }
    if (line.number === 1 && line.raw.charCodeAt(0) === 0xfeff) {
      found.push(
        diagnostic(
          "byte-order-mark",
          "error",
          "The file starts with a byte-order mark (BOM). Go skips it, but Python's configparser reads it as part of the first line and fails with MissingSectionHeaderError. Save the file as UTF-8 without BOM.",
          1,
          1,
        ),
      );
    }
    switch (line.kind) {
      case "section":
        checkSection(line, sectionFirstLine, found);
        break;
      case "entry":
        checkEntry(line, keyLines, found);
        break;
      case "continuation":
        found.push(continuationDiagnostic(line, lines[line.ownerLine - 1] as EntryLine));
        break;
      case "invalid":
        found.push(invalidDiagnostic(line, lines[line.number - 2]));
        break;
      default:
        break;
    }
  }
  checkDefaultCase(lines, sectionFirstLine, found);
  return found;
}

function checkSection(line: SectionLine, seen: Map<string, number>, found: Diagnostic[]): void {
  const column = line.nameStart + 1;
  const where = { profile: line.name };
  const first = seen.get(line.name);
  if (first === undefined) {
    seen.set(line.name, line.number);
  } else if (line.name === DEFAULT_PROFILE) {
    found.push(
      diagnostic(
        "duplicate-section",
        "warning",
        `Section [${DEFAULT_PROFILE}] appears again (first on line ${first}). Every SDK merges the two, but the later keys win; keep a single [${DEFAULT_PROFILE}] section.`,
        line.number,
        column,
        where,
      ),
    );
  } else {
    found.push(
      diagnostic(
        "duplicate-section",
        "error",
        `Profile [${line.name}] is defined again (first on line ${first}). Python's configparser fails with DuplicateSectionError, while Go and JS merge the two. Merge them into one section.`,
        line.number,
        column,
        where,
      ),
    );
  }
  if (line.name !== line.name.trim()) {
    found.push(
      diagnostic(
        "spaced-section-name",
        "warning",
        `The profile name [${line.name}] has spaces inside the brackets. Go and Python keep the spaces (so --profile ${line.name.trim()} does not find it), the JS SDK trims them. Write [${line.name.trim()}].`,
        line.number,
        column,
        where,
      ),
    );
  }
  if (line.trailing !== "") {
    found.push(
      diagnostic(
        "section-trailing-text",
        "warning",
        `Text follows the closing ] of [${line.name}]. Go and Python ignore it, but the JS SDK then does not see this line as a section header and files its keys under the previous profile. Remove the text or make it a comment on its own line.`,
        line.number,
        line.raw.indexOf(line.trailing, line.nameEnd + 1) + 1,
        where,
      ),
    );
  }
  if (line.indent > 0) {
    found.push(
      diagnostic(
        "indented-section",
        "warning",
        `The header [${line.name}] is indented. Go and Python accept it, but the JS SDK does not see it as a section header. Remove the leading spaces.`,
        line.number,
        1,
        where,
      ),
    );
  }
}

function checkEntry(line: EntryLine, keyLines: Map<string, Map<string, number>>, found: Diagnostic[]): void {
  const where = { profile: line.section, key: line.key };
  const column = line.keyStart + 1;
  if (line.section === null) {
    found.push(
      diagnostic(
        "key-before-section",
        "error",
        `The key "${line.key}" comes before any [section]. Go files it under [${DEFAULT_PROFILE}], the JS SDK at the top level where no profile sees it, and Python fails with MissingSectionHeaderError. Put a [${DEFAULT_PROFILE}] (or other profile) header above it.`,
        line.number,
        column,
        where,
      ),
    );
  }
  const sectionKey = line.section ?? "";
  let keys = keyLines.get(sectionKey);
  if (!keys) keyLines.set(sectionKey, (keys = new Map()));
  const lower = line.key.toLowerCase();
  const first = keys.get(lower);
  if (first === undefined) {
    keys.set(lower, line.number);
  } else {
    found.push(
      diagnostic(
        "duplicate-key",
        "error",
        `The key "${line.key}" is set again in ${profileLabel(line.section)} (first on line ${first}). Python fails with DuplicateOptionError (keys are compared lower-cased), Go and JS take the last value. Keep one.`,
        line.number,
        column,
        where,
      ),
    );
  }
  if (line.delimiter === ":" && line.raw.indexOf("=", line.keyStart) < 0) {
    found.push(
      diagnostic(
        "colon-delimiter",
        "warning",
        `"${line.key}" is followed by ":" instead of "=". Go and Python accept it, but the JS SDK only splits on "=" and does not see this key. Write "${line.key} = …".`,
        line.number,
        line.delimiterIndex + 1,
        where,
      ),
    );
  } else if (line.delimiter === ":") {
    found.push(
      diagnostic(
        "colon-delimiter",
        "warning",
        `The key "${line.key}" ends at ":", but the line also holds "=": Go and Python split at the ":", the JS SDK at the "=", so they read different keys. Use "=" only.`,
        line.number,
        line.delimiterIndex + 1,
        where,
      ),
    );
  }
  found.push(...findValueSyntaxDiagnostics(line));
}

function continuationDiagnostic(line: ContinuationLine, owner: EntryLine): Diagnostic {
  const text = line.raw.trim();
  const hasDelimiter = /[=:]/.test(text);
  const goReading = hasDelimiter
    ? "Go and JS read it as a key of its own"
    : "Go fails on it (key-value delimiter not found) and JS reads it as a key set to true";
  return diagnostic(
    "indented-continuation",
    hasDelimiter ? "warning" : "error",
    `This indented line continues the value of "${owner.key}" (line ${owner.number}) for Python, which appends it on a new line; ${goReading}. Remove the indentation, or join it onto line ${owner.number}.`,
    line.number,
    line.indent + 1,
    { profile: line.section, key: owner.key },
  );
}

/** The line before `line` sets a value that `line` completes into exactly one PAT: a paste broken in two at the margin. */
function completesToken(line: InvalidLine, previous: ConfigLine | undefined): string | undefined {
  if (previous?.kind !== "entry") return undefined;
  const joined = previous.value.trim() + line.raw.trim();
  return isPat(joined) && !isPat(previous.value.trim()) ? joined : undefined;
}

function invalidDiagnostic(line: InvalidLine, previous: ConfigLine | undefined): Diagnostic {
  const column = line.indent + 1;
  const where = { profile: line.section };
  switch (line.reason) {
    case "missing-delimiter": {
      const pats = findPats(line.raw);
      const completed = completesToken(line, previous);
      const hint = completed
        ? ` It is the rest of the "${(previous as EntryLine).key}" value on line ${line.number - 1} (${redact(completed)} once joined): join it onto that line.`
        : pats.length > 0
          ? ` It holds what looks like a token (${redact(pats[0]!.token)}); write it as "token = <the token>".`
          : ' Write it as "key = value", or start it with # to make it a comment.';
      return diagnostic(
        "missing-delimiter",
        "error",
        `This line has no "=" so no SDK can read it: Go fails with "key-value delimiter not found", Python with ParsingError.${hint}`,
        line.number,
        column,
        where,
      );
    }
    case "empty-key":
      return diagnostic(
        "empty-key",
        "error",
        'This line starts with "=" and has no key: Go fails with "empty key name", Python with ParsingError. Put the key before the "=".',
        line.number,
        column,
        where,
      );
    case "empty-section-name":
      return diagnostic(
        "empty-section-name",
        "error",
        'The section header "[]" has no name: Go fails with "empty section name", Python with ParsingError. Write the profile name between the brackets.',
        line.number,
        column,
        where,
      );
    case "unclosed-section":
      return diagnostic(
        "unclosed-section",
        "error",
        'This section header has no closing "]": Go fails with "unclosed section", Python with ParsingError. Close it with "]".',
        line.number,
        column,
        where,
      );
  }
}

function checkDefaultCase(lines: readonly ConfigLine[], seen: Map<string, number>, found: Diagnostic[]): void {
  const hasDefault = seen.has(DEFAULT_PROFILE);
  for (const [name, lineNumber] of seen) {
    if (name === DEFAULT_PROFILE || name.toUpperCase() !== DEFAULT_PROFILE) continue;
    const line = lines[lineNumber - 1] as SectionLine;
    const message = hasDefault
      ? `[${name}] stands beside [${DEFAULT_PROFILE}]. Section names are case-sensitive in every SDK, so these are two different profiles and only [${DEFAULT_PROFILE}] is the fallback. Merge them into [${DEFAULT_PROFILE}].`
      : `[${name}] is not the fallback profile: the SDKs look for [${DEFAULT_PROFILE}] (upper case) when no profile is named. Rename it to [${DEFAULT_PROFILE}] if it is meant as the default.`;
    found.push(diagnostic("default-section-case", "warning", message, lineNumber, line.nameStart + 1, { profile: name }));
  }
}

export function profileLabel(section: string | null): string {
  return section === null ? "the lines before the first section" : `[${section}]`;
}
