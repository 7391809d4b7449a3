import { describe, expect, it } from "vitest";
import { Linter } from "eslint";
import plugin from "@dbcfg/eslint-plugin";
import { fakePat } from "@dbcfg/pat/testing";
import { readsSameByLexer, withMarkdownByLexer } from "./markdown-by-lexer.js";

const config = (plugin as unknown as { configs: Record<string, Linter.Config[]> }).configs["all-files"]!;
const linter = new Linter({ configType: "flat" });
const reports = (text: string, configs: Linter.Config[]) =>
  linter.verify(text, configs, "docs/README.md").map(({ ruleId, messageId, message, line, column, endLine, endColumn }) => ({
    ruleId,
    messageId,
    message,
    line,
    column,
    endLine,
    endColumn,
  }));

describe("Markdown linted under the plugin's lexer language", () => {
  const [a, b, c] = [fakePat(), fakePat(), fakePat()];
  const fence = (info: string, ...lines: string[]) => ["```" + info, ...lines, "```"].join("\n");
  const texts = [
    `# Setup\n\nSet \`DATABRICKS_TOKEN=${a}\` and run it.\n`,
    ["Intro", fence("sh", "A=da", `B=pi${b.slice(4)}`, 'echo "$A$B"'), "", `- item ${c}`, ""].join("\n"),
    ["Python:", fence("python", `t = "da" + "pi${a.slice(4)}"`), "YAML:", fence("yaml", `token: ${b}`), "~~~json", `{"t": "${c}"}`, "~~~", ""].join("\n"),
    `Windows lines\r\n\r\n> quoted ${a}\r\n\r\n<div title="${b}"></div>\r\n`,
    [`| a | b |`, `|---|---|`, `| ${a} | x |`, "", fence("unknown-language", `x ${b}`), "", fence("sh", `echo ${c}`)].join("\n").slice(0, -4),
  ];

  it.each(texts.map((text, i) => [i, text] as const))("reports the same as markdown/gfm (text %i)", (_i, text) => {
    expect(readsSameByLexer(text)).toBe(true);
    const expected = reports(text, config);
    expect(expected.length, "the fixture holds tokens").toBeGreaterThan(0);
    expect(reports(text, withMarkdownByLexer(config))).toEqual(expected);
  });

  it("is not used where the languages differ: eslint comments and Unicode line separators", () => {
    const directive = `<!-- eslint-disable-next-line @dbcfg/no-hardcoded-pat -- documented fake -->\nToken: ${a}\n`;
    expect(reports(directive, config)).toEqual([]);
    expect(reports(directive, withMarkdownByLexer(config))).not.toEqual([]);
    expect(readsSameByLexer(directive)).toBe(false);
    expect(readsSameByLexer(`one\u2028two ${a}`)).toBe(false);
    expect(readsSameByLexer(`one\u2029two ${a}`)).toBe(false);
  });
});
