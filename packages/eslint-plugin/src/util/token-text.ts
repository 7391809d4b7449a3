/**
 * The text a string, template or JSX text token stands for, read from the token alone: quotes
 * and template delimiters dropped, escapes and HTML character references decoded. A string with
 * `&#…;` is given both as written and decoded, since only a JSX attribute decodes it; either way
 * every character of the value is in the result.
 */
export function tokenText(type: "String" | "Template" | "JSXText", value: string): string {
  if (type === "JSXText") return decodeEntities(value);
  const raw = type === "String" ? value.slice(1, -1) : value.slice(1, value.endsWith("${") ? -2 : -1);
  // A template's line endings are normalised to LF before its escapes are read, as `cookRaw` does:
  // https://tc39.es/ecma262/#sec-static-semantics-trv
  return cooked(type === "Template" && raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw);
}

const NUMERIC_ENTITY = /&#(?:x([0-9a-f]+)|([0-9]+));/gi;

/**
 * Every escape of a string or template, in one pass: `\xHH`, `\uHHHH`, `\u{H…}`, legacy octal,
 * line continuations, single-character escapes and escaped characters standing for themselves.
 * (Unlike `cookRaw`, it keeps no offsets: it only has to be fast and find every character.)
 */
const ESCAPE = /\\(?:x([0-9a-fA-F]{2})|u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|([0-3][0-7]{0,2}|[4-7][0-7]?)|(\r\n|[\r\n\u2028\u2029])|([^]))/g;
const SINGLE_ESCAPES: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };

function cooked(raw: string): string {
  // JSX attribute values are String tokens too, whose only escapes are HTML entities.
  const text = raw.includes("&#") ? `${raw}\n${decodeEntities(raw)}` : raw;
  return text.includes("\\") ? text.replace(ESCAPE, decodeEscape) : text;
}

function decodeEscape(
  whole: string,
  hex: string | undefined,
  braced: string | undefined,
  four: string | undefined,
  octal: string | undefined,
  lineBreak: string | undefined,
  other: string | undefined,
): string {
  const code = hex ?? braced ?? four;
  if (code !== undefined) return codePoint(whole, parseInt(code, 16));
  if (octal !== undefined) return String.fromCharCode(parseInt(octal, 8));
  if (lineBreak !== undefined) return "";
  return SINGLE_ESCAPES[other!] ?? other!;
}

function decodeEntities(text: string): string {
  if (!text.includes("&#")) return text;
  return text.replace(NUMERIC_ENTITY, (whole, hex: string | undefined, decimal: string | undefined) =>
    codePoint(whole, hex ? parseInt(hex, 16) : parseInt(decimal!, 10)),
  );
}

/** The character of a code point, or `whole` (the escape as written) when there is none. */
export function codePoint(whole: string, code: number): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}
