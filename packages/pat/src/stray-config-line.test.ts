import { describe, expect, it } from "vitest";
import { holdsSecretShapedWord, isSecretFieldName } from "./index.js";

describe("holdsSecretShapedWord", () => {
  it("finds token pieces (8+ token characters with a digit) and leaves prose alone", () => {
    for (const piece of ["3fef70deb45ea7b6", "  a1b2c3d4", "abc/def+12==", "x.y_z~-9abcd"]) expect(holdsSecretShapedWord(piece)).toBe(true);
    for (const prose of ["continued line", "this is a stray sentence", "abcdefghij", "1234567", "[prod"]) expect(holdsSecretShapedWord(prose)).toBe(false);
  });
});

describe("isSecretFieldName", () => {
  it("knows the secret fields in any case and with surrounding spaces, and nothing else", () => {
    for (const name of ["token", "TOKEN", " client_secret ", "Azure_Client_Secret", "DATABRICKS_TOKEN", "token_value"])
      expect(isSecretFieldName(name)).toBe(true);
    for (const name of ["host", "cluster_id", "client_id", "tokens", ""]) expect(isSecretFieldName(name)).toBe(false);
  });
});
