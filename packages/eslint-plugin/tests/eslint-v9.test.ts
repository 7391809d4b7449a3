import { Linter, RuleTester } from "eslint-v9";
import tsParser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { PREFIX, fakeBody, fakeToken } from "./support/fake-token.js";
import { HTTPS } from "./support/url-scheme.js";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const T = fakeToken();
const H = fakeBody();
const rules = plugin.rules as unknown as Record<string, Parameters<RuleTester["run"]>[1]>;
const ENV = "process.env.DATABRICKS_TOKEN";

describe("ESLint 9", () => {
  it("is really ESLint 9", () => {
    expect(Linter.version).toMatch(/^9\./);
  });

  it("runs the recommended flat config", () => {
    const messages = new Linter().verify(
      `const t = '${PREFIX}' + '${H}';\nfetch("https://x.cloud.databricks.com/?token=" + t);`,
      [plugin.configs.recommended as Linter.Config],
      "file.js",
    );
    expect(messages.map((m) => m.ruleId)).toEqual(["@dbcfg/no-hardcoded-pat", "@dbcfg/no-token-in-url"]);
  });

  const tester = new RuleTester();
  tester.run("no-hardcoded-pat", rules["no-hardcoded-pat"]!, {
    valid: [`const t = ${ENV};`, `const re = /${PREFIX}[0-9a-f]{32}/;`],
    invalid: [
      {
        code: `const t = "${T}";`,
        errors: [{ messageId: "literal", line: 1, column: 12, endColumn: 48, suggestions: [{ messageId: "useEnv", output: `const t = ${ENV};` }] }],
      },
      { code: `// ${T}`, errors: [{ messageId: "comment", line: 1, column: 4 }] },
      {
        code: `const t = "\\x64api${H}";`,
        errors: [{ messageId: "escaped", line: 1, column: 12, suggestions: [{ messageId: "useEnv", output: `const t = ${ENV};` }] }],
      },
      {
        code: `const A = '${PREFIX}'; const t = A + '${H}';`,
        errors: [{ messageId: "binding", line: 1, column: 29, suggestions: [{ messageId: "useEnv", output: `const A = '${PREFIX}'; const t = ${ENV};` }] }],
      },
      {
        code: `const t = atob('${Buffer.from(T).toString("base64")}');`,
        errors: [{ messageId: "encoded", line: 1, column: 11, suggestions: [{ messageId: "useEnv", output: `const t = ${ENV};` }] }],
      },
      {
        code: `const t: string = \`${PREFIX}\${'${H}'}\`;`,
        languageOptions: { parser: tsParser },
        errors: [{ messageId: "concat", line: 1, column: 19, suggestions: [{ messageId: "useEnv", output: `const t: string = ${ENV};` }] }],
      },
    ],
  });
  tester.run("no-token-in-url", rules["no-token-in-url"]!, {
    valid: [`fetch("https://x.cloud.databricks.com/api/2.0/x");`],
    invalid: [{ code: `fetch(\`${HTTPS}x.azuredatabricks.net/?token=\${t}\`);`, errors: [{ messageId: "query", line: 1, column: 7 }] }],
  });
  tester.run("no-basic-auth", rules["no-basic-auth"]!, {
    valid: [`new WorkspaceClient({ token: t });`],
    invalid: [{ code: `new WorkspaceClient({ password: p });`, errors: [{ messageId: "basicCredentials", line: 1, column: 23 }] }],
  });
  tester.run("require-token-lifetime", rules["require-token-lifetime"]!, {
    valid: [`w.tokens.create({ lifetime_seconds: 60 });`],
    invalid: [{ code: `w.tokens.create({});`, errors: [{ messageId: "missingLifetime", line: 1, column: 17 }] }],
  });
  tester.run("no-hardcoded-credentials", rules["no-hardcoded-credentials"]!, {
    valid: [`new WorkspaceClient({ clientSecret: process.env.S });`],
    invalid: [{ code: `new WorkspaceClient({ clientSecret: "dose${H}" });`, errors: [{ messageId: "hardcodedCredential", line: 1, column: 37 }] }],
  });
});

describe('ESLint 9: configs["all-files"] and the languages', () => {
  const allFiles = plugin.configs["all-files"] as Linter.Config[];
  const lint = (code: string, filename: string) => new Linter().verify(code, allFiles, filename).map((m) => [m.messageId, m.line, m.column]);

  it.each([
    ["etl.py", `PREFIX = "${PREFIX}"\ntoken = PREFIX + "${H}"`, [["binding", 2, 9]]],
    ["deploy.sh", `TOKEN="${PREFIX}"'${H}'`, [["concat", 1, 7]]],
    ["workflow.yml", `env:\n  TOKEN: ${T}`, [["literal", 2, 10]]],
    ["settings.json", `{"token": "\\u0064api${H}"}`, [["escaped", 1, 12]]],
    ["README.md", `Token: ${T}`, [["literal", 1, 8]]],
    ["report.ipynb", JSON.stringify({ cells: [{ cell_type: "code", source: [`t = "${T}"`] }] }), [["literal", 1, 48]]],
    [".env", `DATABRICKS_TOKEN=${T}`, [["literal", 1, 18]]],
    ["main.tf", `token = "${T}"`, [["literal", 1, 10]]],
  ])("reports %s at the token", (filename, code, expected) => {
    expect(lint(code, filename)).toEqual(expected);
  });

  it("honours eslint-disable comments written in the file's own language", () => {
    expect(lint(`# eslint-disable-next-line @dbcfg/no-hardcoded-pat -- fixture\ntoken = "${T}"`, "a.py")).toEqual([]);
  });
});
