import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readProfiles } from "./dialects/index.js";
import { DIALECTS } from "./dialects/types.js";
import { parseConfigFile } from "./parse-config-file.js";
import { checkWritableKey, checkWritableProfileName, checkWritableValue } from "./writable-text.js";

const tricky = fc.constantFrom(" ", "\t", "#", ";", '"', "'", "`", "\\", "=", ":", "[", "]", ".", "%", "é", "\u00a0", "\ufeff", "true", "null", "a", "dapi");
const valueLike = fc.oneof(
  fc.array(tricky, { maxLength: 8 }).map((a) => a.join("")),
  fc.string({ maxLength: 12 }),
);

describe("values the writer accepts read the same in all three SDK readers", () => {
  it("holds for 3,000 tricky values (accepted → every reader reads exactly the value)", () => {
    let accepted = 0;
    fc.assert(
      fc.property(valueLike, (value) => {
        if (checkWritableValue(value) !== undefined) return;
        accepted++;
        const doc = parseConfigFile("[p]\nhost = https://h\n");
        doc.setValue("p", "password", value);
        for (const dialect of DIALECTS) {
          const result = readProfiles(doc, dialect);
          if ("error" in result) throw new Error(`${dialect} failed`);
          expect(result.profiles.p?.password, dialect).toBe(value);
        }
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it("holds for profile names (accepted → every reader finds the profile under that name)", () => {
    fc.assert(
      fc.property(valueLike, (name) => {
        if (checkWritableProfileName(name) !== undefined || name === "__settings__" || name === "DEFAULT") return;
        const doc = parseConfigFile("[other]\nhost = https://o\n");
        doc.addProfile(name, { host: "https://h" });
        for (const dialect of DIALECTS) {
          const result = readProfiles(doc, dialect);
          if ("error" in result) throw new Error(`${dialect} failed`);
          expect(result.profiles[name]?.host, `${dialect} [${name}]`).toBe("https://h");
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("refusals say why", () => {
  it("names the readers for each unsafe value", () => {
    expect(checkWritableValue("a#b")?.readers).toEqual(["js", "python"]);
    expect(checkWritableValue("x\\")?.readers).toEqual(["go"]);
    expect(checkWritableValue("'q'")?.reason).toMatch(/quotes/);
    expect(checkWritableValue("https://x.cloud.databricks.com")).toBeUndefined();
    expect(checkWritableValue("")).toBeUndefined();
  });

  it("accepts lower-case keys only", () => {
    expect(checkWritableKey("host")).toBeUndefined();
    expect(checkWritableKey("HOST")).toBeDefined();
    expect(checkWritableKey("a b")).toBeDefined();
    expect(checkWritableKey("a=b")).toBeDefined();
  });

  it("accepts dotted profile names that survive the JS SDK's flattening", () => {
    expect(checkWritableProfileName("pat.with.dot")).toBeUndefined();
    expect(checkWritableProfileName("a.")).toBeDefined();
    expect(checkWritableProfileName("a b")).toBeUndefined();
  });
});
