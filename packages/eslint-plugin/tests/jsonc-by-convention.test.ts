import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { fakeToken } from "./support/fake-token.js";

// Files that are JSON with comments by convention must not be reported as unparsable by all-files,
// while a token in them is still found.
const commented = (value: string) => `// generated\n{\n  /* the compiler */\n  "compilerOptions": { "strict": true },\n  "x": "${value}"\n}\n`;

describe("all-files reads JSONC-by-convention files as JSONC", () => {
  const lint = (name: string, text: string) => new Linter({ configType: "flat" }).verify(text, [...plugin.configs["all-files"]], name);

  it.each([
    "tsconfig.json",
    "packages/a/tsconfig.build.json",
    "jsconfig.json",
    ".vscode/settings.json",
    ".devcontainer/devcontainer.json",
    "tsdoc-metadata.json",
  ])("%s with comments: no parse problem, and a planted token is still found", (name) => {
    expect(lint(name, commented("none"))).toEqual([]);
    const messages = lint(name, commented(fakeToken()));
    expect(messages.map((m) => m.messageId)).toEqual(["literal"]);
  });

  it("a plain .json file with a comment is still reported as unparsable once", () => {
    expect(lint("data.json", commented("none")).map((m) => m.messageId)).toEqual(["unparsable"]);
  });
});
