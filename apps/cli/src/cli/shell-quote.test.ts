import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { shellQuote } from "./shell-quote.js";

describe("shellQuote", () => {
  it("leaves a plain word alone and single-quotes one the shell would split or expand, as the Databricks CLI does", () => {
    expect(shellQuote("plain-value_1")).toBe("plain-value_1");
    expect(shellQuote("")).toBe("''");
    expect(shellQuote("a b")).toBe("'a b'");
    expect(shellQuote("it's $HOME")).toBe("'it'\\''s $HOME'");
  });

  it("gives back every word unchanged through a real shell", () => {
    const words = ["my workspace", "prod (eu)", "it's", "$HOME", "a*b", "x;y", "tab\there", "new\nline", "`id`", "~user", "plain"];
    const echoed = execFileSync("sh", ["-c", `printf '%s\\0' ${words.map(shellQuote).join(" ")}`], { encoding: "utf8" });
    expect(echoed.split("\0").slice(0, -1)).toEqual(words);
  });
});
