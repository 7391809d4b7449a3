import { describe, expect, it } from "vitest";
import { fakePat } from "@dbcfg/pat/testing";
import { mayHoldToken } from "./lint-prefilter.js";

describe("mayHoldToken", () => {
  const token = fakePat();
  const body = token.slice(4);
  const codes = (text: string, radix = 10) => [...text].map((c) => (radix === 16 ? "0x" : "") + c.charCodeAt(0).toString(radix)).join(", ");

  it.each([
    ["literal", `const t = "${token}";`],
    ["escaped \\x", `const t = "\\x64api${body}";`],
    ["escaped \\u", `const t = "d\\u0061pi${body}";`],
    ["escaped \\u{}", `const t = \`da\\u{70}i${body}\`;`],
    ["escaped octal", `const t = "\\144api${body}";`],
    ["JSX entity", `<a title="&#100;api${body}" />`],
    ["concat at every split", ...["d", "da", "dap"].map((head) => `const t = "${head}" + "${token.slice(head.length)}";`)],
    ["template", `const t = \`da\${"pi"}${body}\`;`],
    ["array join", `const t = ["d", "a", "p", "i", "${body}"].join("");`],
    ["constants", `const A = 'da';\nconst B = 'pi${body}';\nconst t = A + B;`],
    ["base64 at every alignment", ...["", "x", "xy"].map((pad) => `atob("${Buffer.from(pad + token).toString("base64")}")`)],
    ["hex", `Buffer.from("${Buffer.from(token).toString("hex")}", "hex")`],
    ["char codes", `String.fromCharCode(${codes(token)})`],
    ["hex char codes", `String.fromCharCode(${codes(token, 16)})`],
    ["reversal", `"${[...token].reverse().join("")}".split("").reverse().join("")`],
  ])("sees %s", (_what, ...texts) => {
    for (const text of texts) expect(mayHoldToken(text), text).toBe(true);
  });

  it("lets ordinary code through without parsing", () => {
    const code =
      'import { readFile } from "node:fs/promises";\nexport async function load(path) {\n  const text = await readFile(path, "utf8");\n  return JSON.parse(text).items.map((x) => x.name);\n}\n';
    expect(mayHoldToken(code)).toBe(false);
  });
});
