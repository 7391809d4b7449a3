import { describe, expect, it } from "vitest";
import { palette } from "./color.js";
import { escapeControlChars, MAX_LINE_CHARS, toTerminalSafeText } from "./terminal-safe-text.js";

const ESC = String.fromCharCode(0x1b);

describe("toTerminalSafeText", () => {
  it("shows escape sequences, bare carriage returns, C1 and bidi controls instead of sending them", () => {
    const hostile = `${ESC}]0;pwned${String.fromCharCode(7)} ${ESC}[2J a\rb ${String.fromCharCode(0x9b)}31m ${String.fromCharCode(0x202e)}`;
    expect(escapeControlChars(hostile)).toBe("\\u001b]0;pwned\\u0007 \\u001b[2J a\\rb \\u009b31m \\u202e");
  });

  it("keeps tabs, line feeds and dbcfg's own colours", () => {
    const colored = palette(true).red("✗ failed") + "\n\tnext";
    expect(escapeControlChars(colored)).toBe(colored);
  });

  it("cuts a line past the cap with a count, and leaves machine output whole when asked", () => {
    const long = "x".repeat(MAX_LINE_CHARS + 10);
    expect(toTerminalSafeText(`short\n${long}`)).toBe(`short\n${"x".repeat(MAX_LINE_CHARS)}… (10 more characters)`);
    expect(toTerminalSafeText(long, { maxLineChars: Infinity })).toBe(long);
  });

  it("is idempotent, so text escaped upstream is not escaped twice", () => {
    const once = escapeControlChars(`${ESC}[2J`);
    expect(escapeControlChars(once)).toBe(once);
  });
});
