/**
 * Escape sequences of the string syntaxes the text languages read, decoded with a map from each
 * decoded UTF-16 unit back to the file offset where its escape starts. One table-driven decoder
 * serves every dialect; each dialect names its escape character and which forms it has.
 */
export interface EscapeStyle {
  /** The character that starts an escape: `\` almost everywhere, a backtick in PowerShell. */
  escape: string;
  /** Single-character escapes: `n` → newline, and so on; any other escaped character stands for itself unless `keepUnknown`. */
  singles: Readonly<Record<string, string>>;
  /** `\xHH`, `\uHHHH`, `\UHHHHHHHH`, `\u{H…}`, `\N{…}`-free octal `\ooo`. */
  hex2?: boolean;
  hex4?: boolean;
  hex8?: boolean;
  braced?: boolean;
  octal?: boolean;
  /** An unknown escape keeps its backslash (Python, shell double quotes). */
  keepUnknown?: boolean;
  /** Escaped line breaks vanish (line continuation). */
  lineContinuation?: boolean;
}

/** A decoded string: its value and, per UTF-16 unit, the file offset of its source (plus the end offset last). */
export interface Decoded {
  readonly value: string;
  readonly offsets: readonly number[];
}

const C = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", a: "\x07", "0": "\0" };

/** https://docs.python.org/3/reference/lexical_analysis.html#escape-sequences */
export const PYTHON: EscapeStyle = { escape: "\\", singles: C, hex2: true, hex4: true, hex8: true, octal: true, keepUnknown: true, lineContinuation: true };
/** https://www.rfc-editor.org/rfc/rfc8259#section-7 */
export const JSON_STYLE: EscapeStyle = { escape: "\\", singles: { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" }, hex4: true };
/** https://yaml.org/spec/1.2.2/#57-escaped-characters */
export const YAML_DOUBLE: EscapeStyle = {
  escape: "\\",
  singles: { ...C, e: "\x1b", N: "\x85", _: "\xa0", L: "\u2028", P: "\u2029", " ": " " },
  hex2: true,
  hex4: true,
  hex8: true,
  lineContinuation: true,
};
/** Bash `$'…'`: https://www.gnu.org/software/bash/manual/bash.html#ANSI_002dC-Quoting */
export const SHELL_ANSI: EscapeStyle = {
  escape: "\\",
  singles: { ...C, e: "\x1b", E: "\x1b" },
  hex2: true,
  hex4: true,
  hex8: true,
  octal: true,
  keepUnknown: true,
};
/** Bash double quotes: only `\$ \` \" \\` and line continuation: https://www.gnu.org/software/bash/manual/bash.html#Double-Quotes */
export const SHELL_DOUBLE: EscapeStyle = { escape: "\\", singles: { $: "$", "`": "`", '"': '"', "\\": "\\" }, keepUnknown: true, lineContinuation: true };
/** PowerShell: https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_special_characters */
export const POWERSHELL: EscapeStyle = {
  escape: "`",
  singles: { "0": "\0", a: "\x07", b: "\b", e: "\x1b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" },
  braced: true,
};
/** C-like escapes (Scala, HCL, TOML basic strings, R, SQL `E'…'`). */
export const C_LIKE: EscapeStyle = {
  escape: "\\",
  singles: { ...C, e: "\x1b" },
  hex2: true,
  hex4: true,
  hex8: true,
  braced: true,
  octal: true,
  lineContinuation: true,
};

const HEX = /^[0-9a-fA-F]+$/;

/**
 * Decodes `raw` (a string's contents, delimiters excluded), which starts at file offset `at`.
 * Never fails: an escape that does not parse stands for itself, as written. The value is built
 * from slices; the offsets only when asked for.
 */
export function decode(raw: string, at: number, style: EscapeStyle): Decoded {
  if (!raw.includes(style.escape)) return verbatim(raw, at);
  const chunks: string[] = [];
  walk(raw, style, (text) => chunks.push(text));
  return new Escaped(chunks.join(""), raw, at, style);
}

class Escaped implements Decoded {
  #offsets: number[] | null = null;
  constructor(
    readonly value: string,
    private readonly raw: string,
    private readonly at: number,
    private readonly style: EscapeStyle,
  ) {}
  get offsets(): readonly number[] {
    if (!this.#offsets) {
      const offsets: number[] = [];
      walk(this.raw, this.style, (text, from, copied) => {
        for (let k = 0; k < text.length; k++) offsets.push(this.at + from + (copied ? k : 0));
      });
      offsets.push(this.at + this.raw.length);
      this.#offsets = offsets;
    }
    return this.#offsets;
  }
}

/**
 * Calls `emit` for each stretch of the value in order: `copied` stretches stand for themselves
 * from raw offset `from` on; the others are one escape's value, which starts at `from`.
 */
function walk(raw: string, style: EscapeStyle, emit: (text: string, from: number, copied: boolean) => void): void {
  let i = 0;
  while (i < raw.length) {
    const next = raw.indexOf(style.escape, i);
    const stop = next < 0 || next + 1 >= raw.length ? raw.length : next;
    if (stop > i) emit(raw.slice(i, stop), i, true);
    if (stop >= raw.length) return;
    i = stop;
    const escaped = raw[i + 1]!;
    const hex = (digits: number) => {
      const text = raw.slice(i + 2, i + 2 + digits);
      return text.length === digits && HEX.test(text) ? parseInt(text, 16) : -1;
    };
    let code = -1;
    let length = 2;
    if (escaped === "\n" || escaped === "\r") {
      if (style.lineContinuation) {
        i += escaped === "\r" && raw[i + 2] === "\n" ? 3 : 2;
        continue;
      }
    } else if (escaped === "x" && style.hex2) {
      code = hex(2);
      length = 4;
    } else if (escaped === "u" && style.braced && raw[i + 2] === "{") {
      const close = raw.indexOf("}", i + 3);
      const digits = close < 0 ? "" : raw.slice(i + 3, close);
      code = HEX.test(digits) && digits.length <= 6 ? parseInt(digits, 16) : -1;
      length = close + 1 - i;
    } else if (escaped === "u" && style.hex4) {
      code = hex(4);
      length = 6;
    } else if (escaped === "U" && style.hex8) {
      code = hex(8);
      length = 10;
    } else if (style.octal && escaped >= "0" && escaped <= "7") {
      const digits = /^[0-7]{1,3}/.exec(raw.slice(i + 1, i + 4))![0];
      code = parseInt(digits, 8);
      length = 1 + digits.length;
    }
    if (code >= 0 && code <= 0x10ffff) {
      emit(String.fromCodePoint(code), i, false);
      i += length;
    } else if (escaped in style.singles) {
      emit(style.singles[escaped]!, i, false);
      i += 2;
    } else if (style.keepUnknown) {
      emit(style.escape, i, true);
      i++;
    } else {
      emit(escaped, i, false);
      i += 2;
    }
  }
}

/** A string whose value is its text, doubled delimiters (`''` in SQL, YAML, PowerShell) undone. */
export function undouble(raw: string, at: number, quote: string): Decoded {
  const pair = quote + quote;
  if (!raw.includes(pair)) return verbatim(raw, at);
  let value = "";
  const offsets: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    value += raw[i];
    offsets.push(at + i);
    if (raw[i] === quote && raw[i + 1] === quote) i++;
  }
  offsets.push(at + raw.length);
  return { value, offsets };
}

/** Text that stands for itself; its offsets are built only when asked for (most pieces never are). */
class Verbatim implements Decoded {
  #offsets: number[] | null = null;
  constructor(
    readonly value: string,
    private readonly at: number,
  ) {}
  get offsets(): readonly number[] {
    if (!this.#offsets) {
      this.#offsets = new Array<number>(this.value.length + 1);
      for (let i = 0; i <= this.value.length; i++) this.#offsets[i] = this.at + i;
    }
    return this.#offsets;
  }
}

export function verbatim(raw: string, at: number): Decoded {
  return new Verbatim(raw, at);
}
