import { fakePat } from "@dbcfg/pat/testing";
import { describe, expect, it } from "vitest";
import { parseConfigFile } from "@dbcfg/config-file";
import { maskSecretLines } from "./mask-secret-lines.js";

describe("maskSecretLines", () => {
  it("masks secret values, the wrapped half of a token and a token piece on its own line, line for line", () => {
    const [wrapped, piece] = [fakePat(), fakePat()];
    const secret = "s3cr3t-" + fakePat().slice(4, 20);
    const text = [
      "; my workspaces",
      "[a]",
      "host = https://a.cloud.databricks.com",
      "  note = kept",
      `token = ${wrapped.slice(0, 18)}`,
      `  ${wrapped.slice(18)}`,
      `client_secret = ${secret}`,
      piece.slice(10),
      "",
    ].join("\n");
    const masked = maskSecretLines(parseConfigFile(text));
    expect(masked.split("\n")).toHaveLength(text.split("\n").length);
    for (const hidden of [wrapped.slice(4, 18), wrapped.slice(18), secret, piece.slice(10)]) expect(masked).not.toContain(hidden);
    expect(masked.split("\n").slice(0, 4)).toEqual(["; my workspaces", "[a]", "host = https://a.cloud.databricks.com", "  note = kept"]);
    expect(masked).toContain(`\n  …${wrapped.slice(-4)}\n`);
  });
});
