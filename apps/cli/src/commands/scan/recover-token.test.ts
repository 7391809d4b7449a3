import { redact } from "@dbcfg/pat";
import { describe, expect, it } from "vitest";
import { fakePat } from "@dbcfg/pat/testing";
import { recoverToken, redactedTokenIn } from "./recover-token.js";

/** Recovers from the whole text, as when a report covers the expression that assembles the token. */
const recover = (text: string, token: string) => recoverToken(text, 0, text.length, redact(token));

describe("recoverToken", () => {
  const token = fakePat();
  const body = token.slice(4);

  it.each([
    ["a literal", `const t = "${token}";`],
    ["escapes", `const t = "\\x64\\u0061pi${body}";`],
    ["concatenation", `const t = "dapi" + '${body.slice(0, 10)}' + \`${body.slice(10)}\`;`],
    ["base64", `atob("${Buffer.from(token).toString("base64")}")`],
    ["hex", `Buffer.from("${Buffer.from(token).toString("hex")}", "hex")`],
    ["a reversed string", `"${[...token].reverse().join("")}".split("").reverse().join("")`],
    ["char codes", `String.fromCharCode(${[...token].map((c) => c.charCodeAt(0)).join(", ")})`],
  ])("finds the token written as %s", (_what, text) => {
    expect(recover(text, token)).toBe(token);
  });

  it("falls back to the literals of the whole file for tokens assembled from constants declared elsewhere", () => {
    const text = `const A = "dapi";\nconst B = "${body}";\nconst t = A + B;`;
    const from = text.indexOf("A + B");
    expect(recoverToken(text, from, from + 5, redact(token))).toBe(token);
  });

  it("accepts only a token whose redaction matches the report", () => {
    const other = fakePat();
    expect(recover(`"${other}"`, token)).toBeUndefined();
  });

  it("reads the redacted token out of a lint message", () => {
    expect(redactedTokenIn(`Hard-coded Databricks personal access token ${redact(token)}. Revoke it.`)).toBe(redact(token));
    expect(redactedTokenIn("Use process.env.DATABRICKS_TOKEN.")).toBeUndefined();
  });
});
