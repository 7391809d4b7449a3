import { describe, expect, it } from "vitest";
import { UsageError } from "./command.js";
import { parseFlags, parseIntegerFlag, stringFlag } from "./parse-flags.js";

describe("parseFlags", () => {
  const options = { profile: { type: "string", short: "p" }, json: { type: "boolean" } } as const;

  it("reads long and short flags", () => {
    const { values } = parseFlags(["-p", "prod", "--json"], options);
    expect(stringFlag(values, "profile")).toBe("prod");
    expect(values.json).toBe(true);
  });
  it("turns an unknown flag into a UsageError naming it", () => {
    expect(() => parseFlags(["--nope"], options)).toThrow(UsageError);
    expect(() => parseFlags(["--nope"], options)).toThrow(/--nope/);
  });
  it("names the flag an unknown one was probably meant to be", () => {
    const more = { ...options, "lifetime-seconds": { type: "string" }, "old-token-id": { type: "string" } } as const;
    expect(() => parseFlags(["--jsno"], more)).toThrow(new UsageError("Unknown option '--jsno' (did you mean --json?)"));
    expect(() => parseFlags(["--lifetime", "7d"], more)).toThrow(new UsageError("Unknown option '--lifetime' (did you mean --lifetime-seconds?)"));
    expect(() => parseFlags(["--color"], more)).toThrow(new UsageError("Unknown option '--color'"));
  });
  it("rejects positionals unless allowed", () => {
    expect(() => parseFlags(["extra"], options)).toThrow(UsageError);
    expect(parseFlags(["extra"], options, true).positionals).toEqual(["extra"]);
  });
  it("rejects a string flag without its value", () => {
    expect(() => parseFlags(["--profile"], options)).toThrow(/--profile/);
  });
});

describe("parseIntegerFlag", () => {
  it("accepts whole numbers at or above the minimum", () => {
    expect(parseIntegerFlag("timeout", "250", 1)).toBe(250);
    expect(parseIntegerFlag("timeout", undefined, 1)).toBeUndefined();
  });
  it.each(["0", "-5", "1.5", "abc", "", "99999999999999999999"])("rejects %j with the flag's name", (raw) => {
    expect(() => parseIntegerFlag("lifetime-seconds", raw, 1)).toThrow(/--lifetime-seconds must be a whole number of at least 1/);
  });
});
