import { beforeAll, describe, expect, it } from "vitest";
import { Linter } from "eslint";
import plugin from "@dbcfg/eslint-plugin";
import { fakePat } from "@dbcfg/pat/testing";
import { mayHoldToken } from "./lint-prefilter.js";

const token = fakePat();
const body = token.slice(4);
const reversed = [...token].reverse().join("");
const base64 = Buffer.from(token).toString("base64");
const hex = Buffer.from(token).toString("hex");
const codes = (text: string, radix = 10) => [...text].map((c) => (radix === 16 ? "0x" : "") + c.charCodeAt(0).toString(radix)).join(", ");
const shellCell = ["A=da", `B=pi${body}`, 'echo "$A$B"'];

/**
 * Files that spell a token only in a way the parser can read, by language and tier: each must be
 * reported by the plugin (`configs["all-files"]`) under that tier, and let through by the
 * prefilter. None spells `dapi` as one run, so none passes by the cheapest test alone.
 */

const SPELLED: [path: string, tier: string, text: string][] = [
  ["a.js", "escaped", `const t = "\\x64api${body}";`],
  ["a.js", "escaped", `const t = "d\\u0061pi${body}";`],
  ["a.js", "escaped", `const t = \`da\\u{70}i${body}\`;`],
  ["a.js", "concat", `const t = "da" + "pi${body}";`],
  ["a.js", "concat", `const t = "d" + "ap" + "i${body}";`],
  ["a.js", "concat", `const t = \`da\${"pi"}${body}\`;`],
  ["a.js", "concat", `const t = ["d", "a", "p", "i", "${body}"].join("");`],
  ["a.js", "concat", `const t = ["d", "pi${body}"].join("a");`],
  ["a.js", "binding", `const A = 'da';\nconst B = 'pi${body}';\nexport const t = A + B;`],
  ["a.js", "encoded", `export const t = atob("${base64.slice(0, 3)}" + "${base64.slice(3)}");`],
  ["a.js", "encoded", `export const t = Buffer.from("${hex.slice(0, 4)}" + "${hex.slice(4)}", "hex").toString();`],
  ["a.js", "encoded", `export const t = String.fromCharCode(${codes(token)});`],
  ["a.js", "encoded", `export const t = String.fromCharCode(${codes(token, 16)});`],
  ["a.js", "encoded", `export const t = "${reversed}".split("").reverse().join("");`],
  ["a.jsx", "concat", `export const a = <a title={"da" + "pi${body}"} />;`],
  ["a.py", "concat", `t = "da" "pi${body}"\n`],
  ["a.py", "concat", `t = "d" + 'api${body}'\n`],
  ["a.py", "binding", `A = "pi${body}"\nt = f"da{A}"\n`],
  ["a.py", "concat", `t = "a".join(["d", "pi${body}"])\n`],
  ["a.py", "escaped", `t = "\\U00000064api${body}"\n`],
  ["a.py", "encoded", `import base64\nt = base64.b64decode("${base64.slice(0, 3)}" "${base64.slice(3)}")\n`],
  ["a.py", "encoded", `t = bytes.fromhex("${hex.slice(0, 5)}" "${hex.slice(5)}")\n`],
  ["a.py", "encoded", `t = ("${reversed.slice(0, -2)}" + "ad")[::-1]\n`],
  ["nb.py", "binding", `# Databricks notebook source\n# MAGIC %sh\n${shellCell.map((line) => `# MAGIC ${line}`).join("\n")}\n`],
  ["a.sh", "binding", `${shellCell.join("\n")}\n`],
  ["a.sh", "concat", `echo da'pi${body}'\n`],
  ["Dockerfile", "concat", `RUN echo da"pi${body}"\n`],
  ["a.ps1", "escaped", `$t = "\`u{64}api${body}"\n`],
  ["a.ps1", "concat", `$t = 'da' + 'pi${body}'\n`],
  ["a.yaml", "concat", `t: "da\\\n  pi${body}"\n`],
  ["a.yaml", "escaped", `t: "\\x64api${body}"\n`],
  ["a.json", "escaped", `{"t": "\\u0064api${body}"}\n`],
  ["a.tf", "binding", `locals {\n  a = "da"\n}\nx = "\${local.a}pi${body}"\n`],
  ["a.sql", "concat", `SELECT 'da' || 'pi${body}';\n`],
  ["a.r", "concat", `t <- paste0("da", "pi${body}")\n`],
  ["a.scala", "binding", `val a = "da"\nval t = a + "pi${body}"\n`],
  ["a.toml", "escaped", `t = "\\u0064api${body}"\n`],
  ["a.md", "binding", `# Setup\n\n\`\`\`sh\n${shellCell.join("\n")}\n\`\`\`\n`],
  [
    "a.ipynb",
    "concat",
    JSON.stringify({
      cells: [{ cell_type: "code", source: [`t = "da" + "pi${body}"\n`], metadata: {}, outputs: [] }],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 5,
    }),
  ],
  [
    "a.ipynb",
    "binding",
    JSON.stringify({
      cells: [{ cell_type: "code", source: ["%%sh\n", ...shellCell.map((l) => `${l}\n`)], metadata: {}, outputs: [] }],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 5,
    }),
  ],
];

describe("mayHoldToken", () => {
  let config: Linter.Config[];
  const linter = new Linter({ configType: "flat" });
  beforeAll(() => {
    config = (plugin as unknown as { configs: Record<string, Linter.Config[]> }).configs["all-files"]!;
  });

  it.each(SPELLED)("lets %s through when it holds a %s token", (path, tier, text) => {
    expect(text).not.toContain("dapi");
    const tiers = linter.verify(text, config, path).map((m) => m.messageId ?? m.message);
    expect(tiers, "the plugin reports this fixture").toContain(tier);
    expect(mayHoldToken(text, path)).toBe(true);
    expect(mayHoldToken(Buffer.from(text), path), "the same from the bytes").toBe(true);
  });

  it("answers the same from the bytes when letters that are not ASCII stand next to the pieces", () => {
    const cases: [string, string][] = [
      [`t = "é" + "da" + "pi${body}" + "ü"\n`, "a.py"],
      [`t = "daé" + "ü"\n`, "a.py"],
      [`A=dä\nB=pi${body}\n`, "a.sh"],
      [`A=da\nB=€pi${body}\n`, "a.sh"],
    ];
    for (const [text, path] of cases) expect(mayHoldToken(Buffer.from(text), path), text).toBe(mayHoldToken(text, path));
    expect(cases.map(([text, path]) => mayHoldToken(text, path))).toEqual([true, false, true, true]);
  });

  it("lets through any text that spells dapi or one of its encodings as one run", () => {
    for (const text of [token, reversed, base64, Buffer.from(`x${token}`).toString("base64"), Buffer.from(`xy${token}`).toString("base64"), hex]) {
      expect(mayHoldToken(`x = ${text}`, "a.txt")).toBe(true);
    }
  });

  it("keeps out ordinary code and data without parsing", () => {
    const code =
      'import { readFile } from "node:fs/promises";\nexport async function load(path) {\n  const text = await readFile(path, "utf8");\n  return JSON.parse(text).items.map((x) => x.name);\n}\n';
    expect(mayHoldToken(code, "load.js")).toBe(false);
    expect(mayHoldToken('def load(path):\n    with open(path) as f:\n        return f.read().split("\\n")\n', "load.py")).toBe(false);
    expect(mayHoldToken("a1b2c3d4 = 0f9e8d7c6b5a49382716\nffee0011 = 00aa11bb22cc33dd\n", "data.yaml")).toBe(false);
    expect(mayHoldToken(Buffer.from(code), "load.js")).toBe(false);
  });
});
