import { goTrim } from "./go-text.js";
import { pyStrip } from "./python-text.js";
import { DIALECT_NAMES as NAMES, joinNames as list } from "./dialect-names.js";
import type { Dialect } from "./types.js";

/** What the reasons are worked out from: the raw (unredacted) values and the key's source line. */
export interface DivergenceFacts {
  profile: string;
  key: string;
  /** Raw values per dialect; absent when that dialect does not see the key. */
  values: Partial<Record<Dialect, string>>;
  /** The text of the line the key was read from (of whichever dialect sees it). */
  line: string;
  /** True for secret keys: the reason must not quote any part of the value. */
  sensitive: boolean;
  /** True when JS's `ini` turned the value into a boolean or a number. */
  jsTyped: boolean;
  /** True when the key stands before the first `[section]` header. */
  beforeFirstSection: boolean;
  /** True when the file starts with a BOM and this profile's header is on line 1. */
  headerAfterBom: boolean;
  /** True when some line ends in a lone `\r`. */
  hasLoneCarriageReturn: boolean;
  /** The dialects that parsed the file (those that failed are reported once, for the whole file). */
  dialects: readonly Dialect[];
}

type Detector = (facts: DivergenceFacts) => string | undefined;

/**
 * A plain-words explanation of why the SDK readers disagree on one key, e.g. "Go strips the
 * inline comment ' # x'; Python keeps it". Detectors run in order; all that apply are joined.
 */
export function explainDivergence(facts: DivergenceFacts): string {
  const found = DETECTORS.map((detect) => detect(facts)).filter((reason): reason is string => reason !== undefined);
  if (found.length > 0) return found.join(" ");
  const missing = missingIn(facts);
  if (missing.length > 0) {
    return `${list(seeing(facts))} ${seeing(facts).length === 1 ? "reads" : "read"} this key; ${list(missing)} ${missing.length === 1 ? "does" : "do"} not, because ${missing.length === 1 ? "it reads" : "they read"} the lines around it differently.`;
  }
  return "The SDK parsers read different values for this key from the same line.";
}

const DETECTORS: Detector[] = [
  function keysBeforeFirstSection({ beforeFirstSection }) {
    if (!beforeFirstSection) return undefined;
    return `Go puts keys that come before the first [section] into DEFAULT; Python rejects the file for them, and JS drops them.`;
  },
  function bomHidesHeader({ headerAfterBom, values }) {
    if (!headerAfterBom || values.js !== undefined) return undefined;
    return "JS's ini does not strip the UTF-8 BOM, so it misreads the first [section] header and its keys land in no profile; Go strips the BOM (and Python rejects it).";
  },
  function indentedLine({ values, line }) {
    if (!/^[\t \u00a0]/.test(line) || values.python !== undefined) return undefined;
    return "Python reads this indented line as the continuation of the previous value; Go and JS read it as a key of its own.";
  },
  function dottedSection({ profile, values, key }) {
    if (!profile.includes(".")) return undefined;
    if (values.js === undefined) {
      return `JS's ini nests dotted sections: [${profile}] is lost when a section named like its parent comes after it.`;
    }
    if (values.go === undefined && values.python === undefined) {
      return `JS's ini turns 'key[] = …' and single-quoted JSON into nested values, which the JS SDK flattens into a profile of their own ('${profile}', key '${key}').`;
    }
    return undefined;
  },
  function keyCase({ key, values }) {
    if (key === key.toLowerCase()) return undefined;
    if (values.python !== undefined || (values.go === undefined && values.js === undefined)) return undefined;
    return `Python lower-cases key names, so it reads '${key}' as '${key.toLowerCase()}'; Go and JS keep '${key}' as written, and no SDK attribute is spelt that way.`;
  },
  function lowerCasedByPython({ key, values, line }) {
    if (values.python === undefined || values.go !== undefined || values.js !== undefined) return undefined;
    const written = /^\s*([^=:]*?)\s*[=:]/.exec(line)?.[1];
    if (!written || written === key || written.toLowerCase() !== key) return undefined;
    return `Python lower-cases '${written}' to '${key}'; Go and JS keep '${written}', which is a different key.`;
  },
  function colonDelimiter({ key, values, line }) {
    const colon = line.indexOf(":");
    const equals = line.indexOf("=");
    if (colon === -1 || (equals !== -1 && equals < colon)) return undefined;
    if (values.js !== undefined && !(key.includes(":") && values.go === undefined && values.python === undefined)) return undefined;
    return "JS's ini splits a line only at '=', so it reads 'key: value' as one key named after the text before any '=' (set to true if there is none); Go and Python split at ':' too.";
  },
  function autoIncrement({ key }) {
    if (key !== "-" && !/^#\d+$/.test(key)) return undefined;
    return "Go reads a key named '-' as an auto-numbered key ('#1', '#2', … in each section); Python and JS keep '-' (Python rejects it when repeated).";
  },
  function jsNestedValue({ key, values, line }) {
    if (values.js !== undefined) return undefined;
    if (!key.endsWith("[]") && !/[=:]\s*'\s*[[{]/.test(line)) return undefined;
    return "JS's ini reads 'key[] = …' as an array and a single-quoted JSON object or array as a nested value; the JS SDK flattens those into a profile '<profile>.<key>' of their own, so this key is not in this profile.";
  },
  function loneCarriageReturnHidesKey({ hasLoneCarriageReturn, values }) {
    if (!hasLoneCarriageReturn || values.go !== undefined) return undefined;
    return "Go ends lines only at '\\n': with lone '\\r' line endings (old Mac style) it reads several lines as one and misses this key; Python and JS end lines at '\\r' too.";
  },
  function inlineComment({ values, sensitive }) {
    if (values.go === undefined || values.python === undefined || values.go === values.python) return undefined;
    const start = commentStart(values.python);
    if (
      start === -1 ||
      values.go !==
        values.python
          .slice(0, start)
          .trim()
          .replace(/^(["'])(.*)\1$/, "$2")
    )
      return undefined;
    const comment = sensitive ? "" : ` '${values.python.slice(start)}'`;
    return `Go strips the inline comment${comment}; Python keeps it as part of the value${jsCut(values)}.`;
  },
  function jsCutsAtHash({ values }) {
    if (values.js === undefined || values.python === undefined || values.js === values.python) return undefined;
    if (!/[#;]/.test(values.python) || commentStart(values.python) !== -1) return undefined;
    return "JS's ini cuts the value at the first '#' or ';' (a comment to it, even without a space before it); Go and Python keep it.";
  },
  function surroundingQuotes({ values }) {
    const raw = values.python;
    if (raw === undefined || !/^(["']).*\1$/s.test(raw) || raw.length < 2) return undefined;
    if (values.go !== raw.slice(1, -1) && values.js !== raw.slice(1, -1)) return undefined;
    return "Go and JS strip one pair of surrounding quotes; Python keeps the quotes as part of the value.";
  },
  function goQuotedValue({ values }) {
    const raw = values.python ?? values.js;
    if (raw === undefined || !(raw.startsWith('"""') || raw.startsWith("`"))) return undefined;
    return 'Go reads """…""" and `…` as quoted values (which may span lines and hide \'#\' and \';\'); Python and JS keep the quote characters.';
  },
  function trailingBackslash({ line }) {
    if (!/\\\s*$/.test(line)) return undefined;
    return "Go joins a line that ends in '\\' with the next line; Python and JS keep the backslash and read the next line on its own.";
  },
  function pythonContinuation({ values }) {
    if (values.python === undefined || !values.python.includes("\n") || values.go?.includes("\n")) return undefined;
    return "Python continues a value on the following deeper-indented lines; Go and JS read those lines as keys of their own.";
  },
  function loneCarriageReturn({ values }) {
    if (!values.go?.includes("\r")) return undefined;
    return "Go ends lines only at '\\n', so text after a lone '\\r' (old Mac line ending) stays in the value; Python and JS end the line there.";
  },
  function jsTypedValue({ jsTyped, values, dialects }) {
    if (!jsTyped || Object.keys(values).length < dialects.length) return undefined;
    return "JS's ini turns true, false and single-quoted JSON into a boolean or a number; Go and Python keep text.";
  },
  function whitespaceOnly({ values, dialects }) {
    const seen = Object.values(values);
    if (seen.length < dialects.length || new Set(seen.map(trimEveryDialectsSpace)).size !== 1) return undefined;
    return "The SDKs trim different whitespace characters around the value (e.g. NEL, \\x1c, the BOM).";
  },
];

/** Trims, at both ends, whatever any of the three readers counts as whitespace. */
function trimEveryDialectsSpace(value: string): string {
  let current = value;
  for (;;) {
    const trimmed = pyStrip(goTrim(current.trim()));
    if (trimmed === current) return current;
    current = trimmed;
  }
}

/** Where configparser-raw text holds an inline comment as ini.v1 sees it: ' #', else ' ;'. */
function commentStart(raw: string): number {
  const hash = raw.indexOf(" #");
  return hash !== -1 ? hash : raw.indexOf(" ;");
}

function jsCut(values: DivergenceFacts["values"]): string {
  if (values.js === undefined || values.js === values.go) return "";
  return "; JS cuts at the first '#' or ';' even without a space before it";
}

function seeing(facts: DivergenceFacts): string[] {
  return (Object.keys(facts.values) as Dialect[]).map((d) => NAMES[d]);
}

function missingIn(facts: DivergenceFacts): string[] {
  return facts.dialects.filter((d) => facts.values[d] === undefined).map((d) => NAMES[d]);
}
