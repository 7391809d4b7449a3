import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { redactKnownSecrets, redactSecrets } from "@dbcfg/pat";
import { describe, expect, it } from "vitest";
import { CHECKS } from "../checks/index.js";
import { COMMANDS } from "../commands/index.js";
import { TOKEN_HELP } from "../commands/token/help.js";

/** The CLI's own prose: every command's help and summary and every doctor check's title and help, line by line. */
const CORPUS = [...COMMANDS.flatMap((c) => [c.summary, ...c.help.split("\n")]), ...TOKEN_HELP.split("\n"), ...CHECKS.flatMap((c) => [c.title, c.help])].filter(
  (line) => line.trim() !== "",
);

describe("the redactor leaves dbcfg's own prose alone", () => {
  it("prints every help line and check text unchanged", () => {
    expect(CORPUS.length).toBeGreaterThan(100);
    const changed = CORPUS.filter((line) => redactSecrets(line) !== line);
    expect(changed).toEqual([]);
  });

  it("property: a planted token in any spelling is masked and every corpus line around it is kept", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CORPUS), fc.constantFrom(...CORPUS), fc.integer({ min: 0, max: 3 }), (before, after, spelling) => {
        const token = ["d", "a", "p", "i"].join("") + randomBytes(16).toString("hex");
        const shown = [token, token.slice(4), token.toUpperCase(), `${token.slice(0, 17)} ${token.slice(17)}`][spelling]!;
        const out = redactKnownSecrets(`${before}\n${shown}\n${after}`, [token]);
        expect(out.replace(/\s/g, "").toLowerCase()).not.toContain(token.slice(4, 30));
        expect(out.startsWith(`${before}\n`)).toBe(true);
        expect(out.endsWith(`\n${after}`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
