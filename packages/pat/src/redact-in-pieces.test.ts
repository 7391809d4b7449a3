import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactSecrets, redactSecretsInPieces } from "./index.js";
import { fakePat } from "./testing.js";

/** `text` cut after every line break, as a streamed report is. */
const linePieces = (text: string) => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

describe("redactSecretsInPieces", () => {
  it("masks the bare body of a PAT found in another piece, as redacting the whole text does", () => {
    const pat = fakePat();
    const pieces = [`{"message": "token ${pat} is stale"},\n`, `{"message": "echoed ${pat.slice(4).toUpperCase()} and ${pat.slice(4)}"}\n`];
    const redacted = [...redactSecretsInPieces(() => pieces)];
    expect(redacted.join("")).toBe(redactSecrets(pieces.join("")));
    expect(redacted[1]).not.toContain(pat.slice(4));
  });

  it("gives the whole text's redaction, piece by piece, for JSON reports holding every kind of secret", () => {
    const pats = [fakePat(), fakePat()];
    const line = fc.oneof(
      fc.constantFrom(
        `  "message": "token = ${pats[0]}",`,
        `  "fix": "echo ${pats[0]!.slice(4)} | dbcfg configure --token-stdin",`,
        `  "detail": "Authorization: Bearer ${pats[1]}"`,
        `  "url": "https://user:s3cret-pass@proxy.example:3128"`,
        `  "error": "key-value delimiter not found: ${pats[1]!.slice(20)}"`,
        `  "note": "the token: expired yesterday",`,
        `  "client_secret": "dose${"a1".repeat(20)}",`,
        "  {",
        "  },",
      ),
      fc.string({ maxLength: 40 }).map((s) => s.replace(/\n/g, " ")),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const text = lines.join("\n") + "\n";
        expect([...redactSecretsInPieces(() => linePieces(text))].join("")).toBe(redactSecrets(text));
      }),
    );
  });

  it("keeps empty pieces and an empty list as they are", () => {
    expect([...redactSecretsInPieces(() => [])]).toEqual([]);
    expect([...redactSecretsInPieces(() => ["", "plain\n"])]).toEqual(["", "plain\n"]);
  });
});
