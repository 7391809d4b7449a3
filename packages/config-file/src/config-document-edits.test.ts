import { describe, expect, it } from "vitest";
import type { ConfigEdit } from "./config-edit.js";
import type { ConfigDocument } from "./config-document.js";
import { readProfiles } from "./dialects/index.js";
import { DIALECTS } from "./dialects/types.js";
import { EditRefusedError } from "./errors.js";
import { parseConfigFile } from "./parse-config-file.js";
import { continuationIndexes, findSectionBlocks } from "./section-blocks.js";
import { allFixtures } from "./test-support/fixtures.js";
import { lineDiff, linesOf } from "./test-support/line-diff.js";
import { fakePat } from "@dbcfg/pat/testing";

interface Case {
  edit: ConfigEdit;
  /** Old line indexes the edit may change or remove. */
  allowed: Set<number>;
  maxAdded: number;
}

function casesFor(doc: ConfigDocument): Case[] {
  const cases: Case[] = [];
  const lines = doc.lines;
  const profiles = doc.profileNames();
  const withKeys = profiles.find((p) => findSectionBlocks(lines, p).some((b) => b.entries.length > 0));
  const token = fakePat();
  if (withKeys) {
    const entry = findSectionBlocks(lines, withKeys)
      .flatMap((b) => b.entries)
      .pop()!;
    const index = entry.number - 1;
    const own = new Set([index, ...continuationIndexes(lines, index)]);
    cases.push({ edit: { op: "setValue", profile: withKeys, key: entry.key, value: token }, allowed: own, maxAdded: 2 });
    cases.push({ edit: { op: "deleteKey", profile: withKeys, key: entry.key }, allowed: new Set([...own, index - 1]), maxAdded: 1 });
    cases.push({ edit: { op: "setValue", profile: withKeys, key: "warehouse_id", value: "abc123" }, allowed: new Set([lines.length - 1]), maxAdded: 2 });
  }
  cases.push({
    edit: { op: "setValue", profile: "brand-new", key: "host", value: "https://new.cloud.databricks.com" },
    allowed: new Set([lines.length - 1]),
    maxAdded: 4,
  });
  cases.push({
    edit: { op: "addProfile", profile: "added", values: { host: "https://added.cloud.databricks.com", token } },
    allowed: new Set([lines.length - 1]),
    maxAdded: 5,
  });
  const removable = profiles.find((p) => p !== "DEFAULT") ?? profiles[0];
  if (removable) {
    const allowed = new Set<number>();
    for (const block of findSectionBlocks(lines, removable)) {
      for (let i = block.header; i <= block.lastContent + 1; i++) allowed.add(i);
      allowed.add(block.header - 1);
    }
    cases.push({ edit: { op: "removeProfile", profile: removable }, allowed, maxAdded: 1 });
    const headers = new Set(findSectionBlocks(lines, removable).map((b) => b.header));
    const pointer = doc.findEntry("__settings__", "default_profile");
    if (pointer) headers.add(pointer.number - 1);
    cases.push({ edit: { op: "renameProfile", profile: removable, to: "renamed" }, allowed: headers, maxAdded: headers.size });
    const settings = new Set([lines.length - 1]);
    if (pointer) settings.add(pointer.number - 1);
    cases.push({ edit: { op: "setDefaultProfile", profile: removable }, allowed: settings, maxAdded: 4 });
  }
  return cases;
}

function intendedValue(edit: ConfigEdit): { profile: string; key: string; value: string | undefined } | undefined {
  switch (edit.op) {
    case "setValue":
      return { profile: edit.profile, key: edit.key.toLowerCase(), value: edit.value };
    case "deleteKey":
      return { profile: edit.profile, key: edit.key.toLowerCase(), value: undefined };
    case "addProfile":
      return { profile: edit.profile, key: "host", value: edit.values.host };
    case "setDefaultProfile":
      return { profile: "__settings__", key: "default_profile", value: edit.profile };
    default:
      return undefined;
  }
}

describe("edits on every fixture", () => {
  for (const fixture of allFixtures()) {
    it(`${fixture.name}: each edit changes only its own lines, and all three readers see it`, () => {
      const cases = casesFor(parseConfigFile(fixture.text));
      expect(cases.length).toBeGreaterThanOrEqual(2);
      for (const { edit, allowed, maxAdded } of cases) {
        const doc = parseConfigFile(fixture.text);
        const before = linesOf(doc);
        const readable = DIALECTS.filter((d) => !("error" in readProfiles(doc, d)));
        try {
          doc.apply(edit);
        } catch (error) {
          // Only an edit the readers would disagree on may be refused, and then nothing changed.
          expect(error, `${edit.op} on ${fixture.name}`).toBeInstanceOf(EditRefusedError);
          expect(doc.toString()).toBe(fixture.text);
          continue;
        }
        const { removed, added } = lineDiff(before, linesOf(doc));
        for (const index of removed) expect(allowed.has(index), `${edit.op} touched line ${index + 1} of ${fixture.name}`).toBe(true);
        expect(added.length, `${edit.op} on ${fixture.name}`).toBeLessThanOrEqual(maxAdded);
        const intended = intendedValue(edit);
        for (const dialect of readable) {
          const result = readProfiles(doc, dialect);
          expect("error" in result, `${dialect} after ${edit.op} on ${fixture.name}`).toBe(false);
          if ("error" in result || !intended) continue;
          expect(result.profiles[intended.profile]?.[intended.key], `${dialect} after ${edit.op}`).toBe(intended.value);
        }
        if (edit.op === "renameProfile") {
          for (const dialect of readable) {
            const result = readProfiles(doc, dialect);
            if ("error" in result) continue;
            expect(Object.keys(result.profiles)).not.toContain(edit.profile);
          }
        }
      }
    });
  }
});

describe("setValue", () => {
  it("replaces the value in place and keeps spacing, key case fixed to lower", () => {
    const doc = parseConfigFile("[a]\r\nHOST\t=  https://old  \r\n");
    doc.setValue("a", "host", "https://new.cloud.databricks.com");
    expect(doc.toString()).toBe("[a]\r\nhost\t=  https://new.cloud.databricks.com  \r\n");
  });

  it("moves an inline comment to its own line so Python stops reading it as part of the value", () => {
    const doc = parseConfigFile("[a]\n  token = old # work token\n");
    doc.setValue("a", "token", "new");
    expect(doc.toString()).toBe("[a]\n  # work token\n  token = new\n");
    for (const d of DIALECTS) expect((readProfiles(doc, d) as { profiles: Record<string, Record<string, string>> }).profiles.a?.token).toBe("new");
  });

  it("drops the continuation lines Python would append to the old value", () => {
    const doc = parseConfigFile("[a]\nhost = x\n  more\nother = 1\n");
    doc.setValue("a", "host", "y");
    expect(doc.toString()).toBe("[a]\nhost = y\nother = 1\n");
  });

  it("adds new keys after the profile's last key, in the file's own style", () => {
    const doc = parseConfigFile("[a]\r\nhost=x\r\n\r\n# b follows\r\n[b]\r\nhost=y");
    doc.setValue("a", "cluster_id", "c1");
    doc.setValue("b", "cluster_id", "c2");
    expect(doc.toString()).toBe("[a]\r\nhost=x\r\ncluster_id=c1\r\n\r\n# b follows\r\n[b]\r\nhost=y\r\ncluster_id=c2");
  });

  it("writes '=' where the line used ':' (the JS reader only splits on '=')", () => {
    const doc = parseConfigFile("[a]\nhost: x\n");
    doc.setValue("a", "host", "y");
    expect(doc.toString()).toBe("[a]\nhost = y\n");
  });

  it.each([
    ["a value with # (JS comment)", "p#ss"],
    ["a value with ;", "p;ss"],
    ["surrounding spaces", " x "],
    ["a line break", "a\nb"],
    ["quotes around it", '"x"'],
    ["single quotes", "'x'"],
    ["a trailing backslash", "x\\"],
    ["a double backslash", "a\\\\b"],
    ["triple quotes", '"""x'],
    ["a backtick", "`x"],
    ["null", "null"],
    ["a control character", "a\u0001b"],
  ])("refuses %s, naming the readers, and changes nothing", (_what, value) => {
    const text = "[a]\nhost = x\n";
    const doc = parseConfigFile(text);
    let error: unknown;
    try {
      doc.setValue("a", "password", value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EditRefusedError);
    const refused = error as EditRefusedError;
    expect(refused.code).toBe("edit-refused");
    expect(refused.readers.length).toBeGreaterThan(0);
    expect(refused.message).toContain("Nothing was changed");
    expect(doc.toString()).toBe(text);
    expect(doc.edits).toHaveLength(0);
  });

  it("refuses reserved, bracketed, spaced and dotted-empty profile names", () => {
    const doc = parseConfigFile("");
    for (const name of ["__settings__", "a]b", " a", "a;b", "a..b", "__proto__", "'q'", ""]) {
      expect(() => doc.addProfile(name, { host: "https://x" }), name).toThrow(EditRefusedError);
    }
    expect(doc.toString()).toBe("");
  });

  it("never puts the refused value (a secret) into the error", () => {
    const secret = `${fakePat()}#x`;
    const doc = parseConfigFile("[a]\n");
    try {
      doc.setValue("a", "token", secret);
      throw new Error("not refused");
    } catch (error) {
      expect(String((error as Error).message)).not.toContain(secret.slice(4, 36));
    }
  });
});

describe("keepLastKey", () => {
  it("removes only the earlier lines of a duplicated key (and their continuation lines), leaving the last one in place", () => {
    const doc = parseConfigFile("[a]\ntoken = one\n  more\nhost = h\nTOKEN = two ; c\n\n[b]\ntoken = other\n[a]\ntoken = three\nx = 1\n");
    doc.keepLastKey("a", "token");
    expect(doc.toString()).toBe("[a]\nhost = h\n\n[b]\ntoken = other\n[a]\ntoken = three\nx = 1\n");
    expect(readProfiles(doc, "go")).toMatchObject({ profiles: { a: { token: "three", host: "h", x: "1" }, b: { token: "other" } } });
  });

  it("changes nothing when the key is set once or not at all", () => {
    for (const key of ["host", "token"]) {
      const doc = parseConfigFile("[a]\nhost = h\n");
      doc.keepLastKey("a", key);
      expect(doc.toString()).toBe("[a]\nhost = h\n");
    }
  });
});

describe("profile edits", () => {
  it("adds a profile after one blank line, keeping the missing final newline", () => {
    const doc = parseConfigFile("[a]\nhost = x");
    doc.addProfile("b", { HOST: "https://b", token: "t" });
    expect(doc.toString()).toBe("[a]\nhost = x\n\n[b]\nhost = https://b\ntoken = t");
  });

  it("creates the first profile in an empty file", () => {
    const doc = parseConfigFile("");
    doc.addProfile("DEFAULT", { host: "https://h" });
    expect(doc.toString()).toBe("[DEFAULT]\nhost = https://h\n");
  });

  it("refuses to add an existing profile", () => {
    const doc = parseConfigFile("[a]\n");
    expect(() => doc.addProfile("a")).toThrow(/already exists/);
  });

  it("removes every block of a profile and keeps the comment above the next one", () => {
    const doc = parseConfigFile("[a]\nx = 1\n\n[b]\ny = 2\n\n# about c\n[c]\nz = 3\n[b]\nw = 4\n");
    doc.removeProfile("b");
    expect(doc.toString()).toBe("[a]\nx = 1\n\n# about c\n[c]\nz = 3\n");
  });

  it("renames in place and moves default_profile along", () => {
    const doc = parseConfigFile("[__settings__]\ndefault_profile = old\n\n[old]  ; note\nhost = x\n");
    doc.renameProfile("old", "new");
    expect(doc.toString()).toBe("[__settings__]\ndefault_profile = new\n\n[new]  ; note\nhost = x\n");
    expect(() => doc.renameProfile("missing", "x")).toThrow(/no profile \[missing\]/);
  });

  it("sets default_profile, adding [__settings__] at the end when missing", () => {
    const doc = parseConfigFile("[a]\nhost = x\n");
    doc.setDefaultProfile("a");
    expect(doc.toString()).toBe("[a]\nhost = x\n\n[__settings__]\ndefault_profile = a\n");
    expect(() => doc.setDefaultProfile("nope")).toThrow(/no profile \[nope\]/);
    expect(() => doc.setValue("__settings__", "default_profile", "a")).toThrow(EditRefusedError);
  });

  it("logs edits as data, replayable on another document", () => {
    const doc = parseConfigFile("[a]\n");
    doc.setValue("a", "host", "https://x");
    doc.addProfile("b");
    const other = parseConfigFile("[z]\nhost = q\n\n[a]\n");
    for (const edit of doc.edits) other.apply(edit);
    expect(other.toString()).toBe("[z]\nhost = q\n\n[a]\nhost = https://x\n\n[b]\n");
  });
});

describe("settings", () => {
  it("clears default_profile with deleteKey on [__settings__]", () => {
    const doc = parseConfigFile("[__settings__]\ndefault_profile = a\n\n[a]\nhost = x\n");
    doc.deleteKey("__settings__", "default_profile");
    expect(doc.toString()).toBe("[__settings__]\n\n[a]\nhost = x\n");
    expect(doc.getDefaultProfile()).toBeUndefined();
  });
});
