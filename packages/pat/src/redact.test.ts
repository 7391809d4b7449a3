import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findPats, redact, redactSecrets } from "./index.js";

const PREFIX = ["d", "a", "p", "i"].join("");
const hexChar = fc.constantFrom(..."0123456789abcdef");
const body = fc.string({ unit: hexChar, minLength: 32, maxLength: 32 });

function token(b: string): string {
  return PREFIX + b;
}

describe("redact", () => {
  it("shows a PAT as dapi… plus its last 4 characters", () => {
    expect(redact(token("3f9c2a7be1d04c58a6e2b7d91f0c9b7e"))).toBe(`${PREFIX}…9b7e`);
  });

  it("never shows more than 4 characters of any other secret", () => {
    expect(redact("correct horse battery staple")).toBe("…aple");
    expect(redact("short")).toBe("***");
  });
});

describe("redactSecrets", () => {
  const tok = token("3f9c2a7be1d04c58a6e2b7d91f0c9b7e");

  it.each([
    ["ini value", `token = ${tok}`],
    ["env assignment", `DATABRICKS_TOKEN=${tok}`],
    ["JSON body", `{"token_value":"${tok}","token_info":{}}`],
    ["Bearer header", `Authorization: Bearer ${tok}`],
    ["URL userinfo", `https://token:${tok}@adb-1.2.azuredatabricks.net/`],
    ["query string", `https://h.cloud.databricks.com/?token=${tok}&x=1`],
    ["prose", `the token ${tok} was revoked`],
    ["upper-case near-miss", `x${tok.toUpperCase()}`],
  ])("masks the token in %s", (_name, text) => {
    const out = redactSecrets(text);
    expect(out).not.toContain(tok.slice(4));
  });

  it("masks secret fields that are not PATs", () => {
    expect(redactSecrets("password = hunter2-but-longer")).toBe("password = …nger");
    expect(redactSecrets(`{"client_secret": "abc"}`)).toBe(`{"client_secret": "***"}`);
    expect(redactSecrets("Authorization: Basic dXNlcjpwYXNzd29yZA==")).not.toContain("dXNlcjpwYXNzd29yZA");
  });

  it("leaves prose about authentication alone and is idempotent", () => {
    const prose = "Basic authentication reached end of life; Bearer authentication works.";
    expect(redactSecrets(prose)).toBe(prose);
    const once = redactSecrets(`token = ${tok}`);
    expect(redactSecrets(once)).toBe(once);
  });

  it("never lets the 32-hex body of any PAT through (property)", () => {
    const filler = fc.constantFrom("", " ", "=", "\n", "x", "_", "token=", '"', "Bearer ", "-2", "…", PREFIX, "password: ");
    fc.assert(
      fc.property(fc.array(fc.oneof(body.map(token), filler, fc.string({ maxLength: 6 })), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        const out = redactSecrets(text);
        for (const m of findPats(text)) expect(out).not.toContain(m.token.slice(4, 36));
      }),
      { numRuns: 3000 },
    );
  });
});
