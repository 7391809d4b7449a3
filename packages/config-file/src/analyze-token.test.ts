import { describe, expect, it } from "vitest";
import { analyzeToken, checkToken } from "./analyze-token.js";
import { fakePat } from "@dbcfg/pat/testing";

const jwt = (exp: number) => `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify({ exp })).toString("base64url")}.c2ln`;
const codes = (value: string) => analyzeToken(value).findings.map((f) => [f.code, f.severity]);

describe("analyzeToken", () => {
  it("accepts a PAT", () => {
    expect(analyzeToken(fakePat())).toEqual({ findings: [] });
    expect(analyzeToken(`${fakePat()}-2`)).toEqual({ findings: [] });
  });

  it.each([
    ["empty", () => "", [["token-empty", "error"]]],
    ["quoted", (t: string) => `"${t}"`, [["token-quoted", "error"]]],
    ["stray quote", (t: string) => `'${t}`, [["token-quoted", "error"]]],
    ["Bearer", (t: string) => `Bearer ${t}`, [["token-bearer-prefix", "error"]]],
    ["split", (t: string) => `${t.slice(0, 9)} ${t.slice(9)}`, [["token-whitespace", "error"]]],
    ["placeholder PAT", () => "dapi" + "0".repeat(32), [["token-placeholder", "error"]]],
    ["placeholder text", () => "<your-token>", [["token-placeholder", "error"]]],
    ["truncated", (t: string) => t.slice(0, 20), [["token-not-pat", "warning"]]],
    ["JWT", () => "eyJhbGciOiJIUzI1NiJ9.e30.c2ln", [["token-jwt", "warning"]]],
  ])("%s", (_name, make, expected) => {
    const token = fakePat();
    const value = make(token);
    const analysis = analyzeToken(value);
    expect(codes(value)).toEqual(expected);
    expect(JSON.stringify(analysis)).not.toContain(token.slice(4, 20));
  });

  it("marks decoration (the token inside may be fine) apart from a wrong token", () => {
    expect(analyzeToken(`Bearer "${fakePat()}"`).findings.map((f) => [f.code, f.decoration])).toEqual([
      ["token-bearer-prefix", true],
      ["token-quoted", true],
    ]);
    expect(analyzeToken("changeme").findings[0]!.decoration).toBe(false);
  });

  it("reads a JWT's expiry and, given the time, fails an expired one", () => {
    const now = Date.UTC(2026, 0, 1);
    expect(analyzeToken(jwt(now / 1000 + 600)).jwtExpiresAt).toBe(now + 600_000);
    const expired = analyzeToken(jwt(now / 1000 - 60), { now }).findings[0]!;
    expect(expired).toMatchObject({ code: "token-jwt", severity: "error" });
    expect(expired.message).toContain("already expired");
    expect(analyzeToken(jwt(now / 1000 + 60), { now }).findings[0]).toMatchObject({ severity: "warning" });
  });

  it("checkToken is quiet about an empty value (reported as an empty value elsewhere)", () => {
    expect(checkToken("  ")).toEqual([]);
  });
});
