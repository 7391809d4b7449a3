import { closeSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isTerminal } from "./is-terminal.js";

const dir = mkdtempSync(join(tmpdir(), "dbcfg-is-terminal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("isTerminal", () => {
  it("is false for a regular file, a character device that is not a terminal, and a closed descriptor", () => {
    const file = openSync(join(dir, "out.txt"), "w");
    const devNull = openSync("/dev/null", "w");
    try {
      expect(isTerminal(file)).toBe(false);
      expect(isTerminal(devNull)).toBe(false);
    } finally {
      closeSync(file);
      closeSync(devNull);
    }
    expect(isTerminal(file)).toBe(false);
  });

  it("agrees with tty.isatty on this process's standard descriptors", async () => {
    const { isatty } = await import("node:tty");
    for (const fd of [0, 1, 2]) expect(isTerminal(fd)).toBe(isatty(fd));
  });
});
