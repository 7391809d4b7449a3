import { inspect } from "node:util";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { PREFIX, fakeBody, fakeToken } from "./support/fake-token.js";
import { HTTPS } from "./support/url-scheme.js";

describe("no finding prints a secret", () => {
  it("shows at most dapi… and the last 4 characters, in every tier and rule", () => {
    const tokens = ["a", "b", "c", "d", "e", "f"].map((seed) => fakeToken(`redaction-${seed}`));
    const secret = "dose" + fakeBody("redaction-oauth");
    const code = [
      `// ${tokens[0]}`,
      `const literal = "${tokens[1]}";`,
      `const escaped = "\\x64api${tokens[2]!.slice(4)}";`,
      `const joined = "${PREFIX}" + "${tokens[3]!.slice(4)}";`,
      `const encoded = atob("${Buffer.from(tokens[4]!).toString("base64")}");`,
      `const url = "${HTTPS}x.cloud.databricks.com/api/2.0/clusters/list?token=${tokens[5]}";`,
      `new WorkspaceClient({ clientSecret: "${secret}" });`,
    ].join("\n");
    const messages = new Linter().verify(code, [plugin.configs.recommended], "file.js");
    expect(messages.map((m) => m.messageId).sort()).toEqual(
      ["comment", "concat", "encoded", "escaped", "hardcodedCredential", "literal", "literal", "query"].sort(),
    );
    const printed = inspect(messages, { depth: 10 });
    for (const value of [...tokens, secret]) {
      expect(printed).not.toContain(value.slice(4));
      expect(printed).not.toContain(value.slice(-12));
    }
    for (const token of tokens.slice(0, 5)) expect(printed).toContain(`dapi…${token.slice(-4)}`);
    expect(printed).toContain(`dose…${secret.slice(-4)}`);
  });
});

describe("parse problems in other file types", () => {
  it("never quote a token, even in part", () => {
    const token = fakeToken("broken-notebook");
    for (const [filename, code] of [
      ["a.ipynb", `{"a": ${token} }`],
      ["b.ipynb", `{"cells": [{"source": ["${token}"`],
      ["c.json", `{"a": ${token}}`],
      ["d.yml", `a: [${token}\n  b: ${token}`],
    ]) {
      const messages = new Linter().verify(code!, [...plugin.configs["all-files"]], filename!);
      expect(
        messages.some((m) => m.messageId === "unparsable"),
        filename,
      ).toBe(true);
      for (const message of messages) expect(message.message).not.toMatch(new RegExp(token.slice(4, 10)));
    }
  });
});
