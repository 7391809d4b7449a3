import { describe } from "vitest";
import { PREFIX as P, fakeBody, fakeToken } from "../support/fake-token.js";
import { runInLanguage } from "../support/text-tester.js";

const T = fakeToken("yaml");
const H = fakeBody("yaml");
const SECRET = "${{ secrets.DATABRICKS_TOKEN }}";
const useSecret = (output: string) => [{ messageId: "useReplacement", output }];

describe("YAML (eslint-plugin-yml's yml/yaml)", () => {
  runInLanguage("yml/yaml", "databricks.yml", {
    valid: [
      `env:\n  DATABRICKS_TOKEN: ${SECRET}`,
      "token: \"{{ env_var('DATABRICKS_TOKEN') }}\"",
      `token: ${P}<your-token>`,
      `token: "${P}${"X".repeat(32)}"`,
      `token: ${P}${H.slice(0, 31)}`,
      `sha: ${H}`,
      "id: 123e4567-e89b-12d3-a456-426614174000",
      `folded: >\n  ${P}\n  ${H}`,
      // A bare line break folds to a space (YAML 1.2.2 §6.5): no token once folded.
      `folded: >-\n  ${P}${H.slice(0, 10)}\n  ${H.slice(10)}`,
      `plain: ${P}${H.slice(0, 10)}\n  ${H.slice(10)}`,
      `quoted: "${P}${H.slice(0, 10)}\n  ${H.slice(10)}"`,
      { code: `# ${T}\na: 1`, options: [{ checkComments: false }] },
    ],
    invalid: [
      { code: `workspace:\n  token: ${T}`, errors: [{ messageId: "literal", line: 2, column: 10, endColumn: 46 }] },
      { code: `token: '${T}'  # old`, errors: [{ messageId: "literal", line: 1, column: 9 }] },
      { code: `token: "\\x64api${H}"`, errors: [{ messageId: "escaped", line: 1, column: 9 }] },
      { code: `token: "\\u0064api${H}"`, errors: [{ messageId: "escaped", line: 1, column: 9 }] },
      // YAML 1.2.2 §7.3.1: an escaped line break joins the lines with nothing between.
      { code: `token: "${P}${H.slice(0, 10)}\\\n    ${H.slice(10)}"`, errors: [{ messageId: "concat", line: 1, column: 9, endLine: 2 }] },
      { code: `a: 1\ntoken: "x ${P}\\\n  ${H}"`, errors: [{ messageId: "concat", line: 2, column: 9 }] },
      { code: `steps:\n  - run: |\n      curl -H "Authorization: Bearer ${T}"`, errors: [{ messageId: "literal", line: 3, column: 38 }] },
      { code: `args: ["--token", "${T}"]`, errors: [{ messageId: "literal", line: 1, column: 20 }] },
      {
        code: `apiVersion: v1\nkind: Secret\ndata:\n  token: ${Buffer.from(T).toString("base64")}`,
        errors: [{ messageId: "encoded", line: 4, column: 10 }],
      },
      { code: `a: 1 # ${T}`, errors: [{ messageId: "comment", line: 1, column: 8 }] },
    ],
  });
});

describe("GitHub Actions workflows", () => {
  runInLanguage("yml/yaml", ".github/workflows/ci.yml", {
    valid: [`jobs:\n  deploy:\n    env:\n      DATABRICKS_TOKEN: ${SECRET}`],
    invalid: [
      {
        code: `env:\n  DATABRICKS_TOKEN: ${T}`,
        errors: [{ messageId: "literal", line: 2, column: 21, suggestions: useSecret(`env:\n  DATABRICKS_TOKEN: ${SECRET}`) }],
      },
      {
        code: `env:\n  DATABRICKS_TOKEN: "${T}"`,
        errors: [{ messageId: "literal", line: 2, column: 22, suggestions: useSecret(`env:\n  DATABRICKS_TOKEN: ${SECRET}`) }],
      },
    ],
  });
});

describe("YAML through @dbcfg/yaml (eslint-plugin-yml's parser, the lexer when it rejects a file)", () => {
  const broken = `a: [unclosed\n  t: ${T}`;
  runInLanguage("@dbcfg/yaml", "values.yaml", {
    valid: [`token: ${SECRET}`],
    invalid: [
      { code: `token: ${T}`, errors: [{ messageId: "literal", line: 1, column: 8 }] },
      {
        code: broken,
        errors: [
          { messageId: "unparsable", line: 1, column: 4 },
          { messageId: "literal", line: 2, column: 6 },
        ],
      },
    ],
  });
});
