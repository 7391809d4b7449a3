import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { redactSecretValue } from "./index.js";

// A fake token made at run time, never a literal in the source.
const token = ["d", "a", "p", "i"].join("") + randomBytes(16).toString("hex");
const last4 = token.slice(-4);

describe("redactSecretValue", () => {
  it("masks a bare PAT like redact", () => {
    expect(redactSecretValue(token)).toBe(`dapi…${last4}`);
  });

  it("keeps the quotes and comment that a reader glued to a PAT", () => {
    expect(redactSecretValue(`${token} ; rotated monday`)).toBe(`dapi…${last4} ; rotated monday`);
    expect(redactSecretValue(`"${token}" # laptop`)).toBe(`"dapi…${last4}" # laptop`);
  });

  it("masks whole any value that does not start with the PAT", () => {
    expect(redactSecretValue(`hunter2 # old ${token}`)).toBe(`…${last4}`);
    expect(redactSecretValue("correct horse battery")).toBe("…tery");
    expect(redactSecretValue("short")).toBe("***");
  });

  it("is idempotent, so a value masked upstream keeps what it shows", () => {
    for (const value of [token, `${token} ; rotated monday`, `"${token}" # laptop`, "correct horse battery", "short"]) {
      const once = redactSecretValue(value);
      expect(redactSecretValue(once)).toBe(once);
    }
  });
});
