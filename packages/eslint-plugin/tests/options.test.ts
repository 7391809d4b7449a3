import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";

describe("options", () => {
  it("rejects a malformed allow pattern with an error that names the entry", () => {
    const config: Linter.Config[] = [{ plugins: { "@dbcfg": plugin }, rules: { "@dbcfg/no-hardcoded-pat": ["error", { allow: ["ok", "dapi[0-9"] }] } }];
    expect(() => new Linter().verify("const x = 1;", config, "file.js")).toThrow(/no-hardcoded-pat: option "allow"\[1\] is not a valid regular expression/);
  });

  it("rejects unknown options through the schema", () => {
    const config: Linter.Config[] = [{ plugins: { "@dbcfg": plugin }, rules: { "@dbcfg/no-hardcoded-pat": ["error", { checkComment: false }] } }];
    expect(() => new Linter().verify("const x = 1;", config, "file.js")).toThrow(/checkComment/);
  });

  it("fills options left out from defaultOptions", () => {
    const config: Linter.Config[] = [{ plugins: { "@dbcfg": plugin }, rules: { "@dbcfg/require-token-lifetime": ["warn", {}] } }];
    const messages = new Linter().verify("w.tokens.create({ lifetime_seconds: 99999999 });", config, "file.js");
    expect(messages).toEqual([]);
  });
});
