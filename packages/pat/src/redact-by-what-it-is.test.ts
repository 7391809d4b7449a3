import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactKnownSecrets, redactSecrets } from "./index.js";

// Fake secrets built at run time, never literals in the source.
const newPat = () => ["d", "a", "p", "i"].join("") + randomBytes(16).toString("hex");

/**
 * Half of a real token's body: 16 random hex characters, drawn again in the rare case (about 1 in
 * 30,000) that they look like a placeholder or a word (few distinct characters, no digit or no
 * letter), which the redaction rightly leaves alone.
 */
function newTokenHalf(): string {
  for (;;) {
    const half = randomBytes(8).toString("hex");
    if (new Set(half).size >= 8 && /\d/.test(half) && /[a-f]/.test(half)) return half;
  }
}

/** Sentences in the voice of dbcfg's help and messages, many naming a secret field before a colon. */
const PROSE = [
  "the token: expired yesterday",
  "rotate: create, save, verify, then revoke the old token",
  "Store a host and a token: dbcfg configure --profile DEFAULT --host https://<workspace> --token-stdin",
  "The token: it is invalid, expired or revoked.",
  "password: basic authentication reached end of life",
  "Every token value is redacted; the token id is shown.",
  "client_secret: required for oauth",
  "Bearer authentication works; Basic authentication is deprecated.",
  "No token was created.",
  "Paste the token again without decoration.",
];

describe("redactSecrets and redactKnownSecrets mask values, not prose", () => {
  it.each(PROSE)("leaves %j unchanged", (sentence) => {
    expect(redactSecrets(sentence)).toBe(sentence);
  });

  it("still masks the value of a secret key on its own line, in a diff, env or query", () => {
    const tok = newPat();
    const secret = "hunter2-" + randomBytes(6).toString("hex");
    for (const text of [
      `token: ${tok}`,
      `-token = ${tok}`,
      `+password = ${secret}`,
      `-azure_client_secret = ${secret}`,
      `-password = "${secret}"`,
      `password: ${secret}`,
      "token: expired",
      "  password: swordfish",
    ]) {
      const out = redactSecrets(text);
      expect(out).not.toContain(tok.slice(4));
      expect(out).not.toContain(secret);
      expect(out).not.toMatch(/expired|swordfish/);
    }
  });

  it("masks the caller's own secret in any spelling: bare 32-hex body, upper case, split by a space or a line", () => {
    const tok = newPat();
    const body = tok.slice(4);
    const spellings = [body, tok.toUpperCase(), body.toUpperCase(), `${tok.slice(0, 20)} ${tok.slice(20)}`, `${body.slice(0, 16)}\n${body.slice(16)}`];
    for (const spelling of spellings) {
      const out = redactKnownSecrets(`Invalid access token ${spelling}.`, [tok]);
      expect(out.replace(/\s/g, "").toLowerCase()).not.toContain(body.slice(0, 28));
      expect(out).toContain(`dapi…${tok.slice(-4)}`);
    }
  });

  it("masks half of a wrapped token quoted by Go's and Python's parse errors", () => {
    const half = newTokenHalf();
    const go = redactSecrets(`key-value delimiter not found: ${half}`);
    const py = redactSecrets(`Source contains parsing errors: '/home/me/.databrickscfg'\n\t[line  4]: '${half}\\n'`);
    expect(go).not.toContain(half);
    expect(py).not.toContain(half);
    expect(go).toMatch(/^key-value delimiter not found: /);
    expect(redactSecrets("key-value delimiter not found: this is a stray sentence")).toBe("key-value delimiter not found: this is a stray sentence");
  });

  it("property: a planted known secret is always masked and the prose around it is kept", () => {
    const hex = fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 32, maxLength: 32 });
    const spell = fc.constantFrom<(t: string) => string>(
      (t) => t,
      (t) => t.slice(4),
      (t) => t.toUpperCase(),
      (t) => t.slice(4).toUpperCase(),
      (t) => `${t.slice(0, 18)} ${t.slice(18)}`,
    );
    fc.assert(
      fc.property(hex, spell, fc.constantFrom(...PROSE), fc.constantFrom(...PROSE), (body, form, before, after) => {
        const tok = ["d", "a", "p", "i"].join("") + body;
        const out = redactKnownSecrets(`${before} ${form(tok)} ${after}`, [tok]);
        expect(out.replace(/\s/g, "").toLowerCase()).not.toContain(body.slice(4, 28));
        expect(out.startsWith(before)).toBe(true);
        expect(out.endsWith(after)).toBe(true);
        expect(redactSecrets(before)).toBe(before);
      }),
      { numRuns: 500 },
    );
  });
});

describe("a stray line quoted inside JSON", () => {
  it("is masked up to the escaped line break, and the rest of the JSON string is kept", () => {
    const half = newTokenHalf();
    const json = JSON.stringify({ text: `error "key-value delimiter not found: ${half}\n. Config: config_file=/x"; use profile=…` });
    const out = redactSecrets(json);
    expect(out).not.toContain(half);
    expect(out).toContain("Config: config_file=/x");
  });
});
