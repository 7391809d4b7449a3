import { describe } from "vitest";
import { PREFIX as P, fakeBody, fakeToken } from "../support/fake-token.js";
import { runInLanguage } from "../support/text-tester.js";

const T = fakeToken("python");
const H = fakeBody("python");
const B64 = Buffer.from(T).toString("base64");
const HEX = Buffer.from(T).toString("hex");
const ENV = 'os.environ["DATABRICKS_TOKEN"]';
const SECRET = 'dbutils.secrets.get(scope="databricks", key="token")';
const NOTEBOOK = "# Databricks notebook source\n";
const col = (line: string, needle: string) => line.indexOf(needle) + 1;
const useEnv = (output: string) => [{ messageId: "useReplacement", output }];

describe("Python (@dbcfg/python)", () => {
  runInLanguage("@dbcfg/python", "file.py", {
    valid: [
      'token = os.environ["DATABRICKS_TOKEN"]',
      'token = os.getenv("DATABRICKS_TOKEN")',
      'token = dbutils.secrets.get(scope="ci", key="databricks-token")',
      `token = "${P}<your-token>"`,
      `token = "${P}${"X".repeat(32)}"`,
      `token = "${P}${"0123456789abcdef".repeat(2)}"`,
      `token = "${P}${H.slice(0, 31)}"`,
      `token = "${P}${H}0"`,
      `token = "${P}${H.toUpperCase()}"`,
      `token = "x${T}"`,
      `token = "${T}_old"`,
      `digest = "${H}"`,
      `commit = "${fakeBody("a")}${fakeBody("b").slice(0, 8)}"`,
      'run_id = "123e4567-e89b-12d3-a456-426614174000"',
      `token = "${P}" + suffix`,
      `A = "${P}"\nA = "other"\ntoken = A + "${H}"`,
      `pattern = r"${P}[0-9a-f]{32}"`,
      { code: `# ${T}`, options: [{ checkComments: false }] },
      { code: `token = "${T}"`, options: [{ allow: [T] }] },
      { code: `token = base64.b64decode("${B64}")`, options: [{ decode: false }] },
      'def broken(:\n  s = "unterminated',
    ],
    invalid: [
      { code: `token = "${T}"`, errors: [{ messageId: "literal", line: 1, column: 10, endColumn: 46, suggestions: useEnv(`token = ${ENV}`) }] },
      { code: `token = '''${T}'''`, errors: [{ messageId: "literal", line: 1, column: 12, suggestions: useEnv(`token = ${ENV}`) }] },
      { code: `headers = {"Authorization": f"Bearer ${T}"}`, errors: [{ messageId: "literal", line: 1, column: 38 }] },
      { code: `token = "\\x64api${H}"`, errors: [{ messageId: "escaped", line: 1, column: 10, endColumn: 49, suggestions: useEnv(`token = ${ENV}`) }] },
      { code: `x = 1  # ${T}`, errors: [{ messageId: "comment", line: 1, column: 10 }] },
      { code: `token = "${P}" + "${H}"`, errors: [{ messageId: "concat", line: 1, column: 9, endColumn: 52, suggestions: useEnv(`token = ${ENV}`) }] },
      { code: `token = ("${P}"\n         "${H}")`, errors: [{ messageId: "concat", line: 1, column: 10, endLine: 2, suggestions: useEnv(`token = ${ENV}`) }] },
      { code: `token = "".join(["${P}", "${H}"])`, errors: [{ messageId: "concat", line: 1, column: 18, suggestions: useEnv(`token = ${ENV}`) }] },
      {
        code: `PREFIX = "${P}"\ntoken = f"{PREFIX}${H}"`,
        errors: [{ messageId: "binding", line: 2, column: 11, suggestions: useEnv(`PREFIX = "${P}"\ntoken = ${ENV}`) }],
      },
      {
        code: `A = "${P}"\nB = "${H.slice(0, 16)}"\nTOKEN = A + B + "${H.slice(16)}"`,
        errors: [{ messageId: "binding", line: 3, column: 9, suggestions: useEnv(`A = "${P}"\nB = "${H.slice(0, 16)}"\nTOKEN = ${ENV}`) }],
      },
      { code: `token = base64.b64decode("${B64}").decode()`, errors: [{ messageId: "encoded", line: 1, column: 26 }] },
      { code: `token = bytes.fromhex("${HEX}").decode()`, errors: [{ messageId: "encoded", line: 1, column: 23 }] },
      { code: `token = base64.b64decode("${B64.slice(0, 20)}" + "${B64.slice(20)}")`, errors: [{ messageId: "encoded", line: 1, column: 26 }] },
      { code: `token = "${[...T].reverse().join("")}"[::-1]`, errors: [{ messageId: "encoded", line: 1, column: 9 }] },
      {
        code: `token = "${T}"\nother = "${T}"`,
        errors: [
          { messageId: "literal", line: 1 },
          { messageId: "literal", line: 2 },
        ].map((e) => ({ ...e, suggestions: e.line === 1 ? useEnv(`token = ${ENV}\nother = "${T}"`) : useEnv(`token = "${T}"\nother = ${ENV}`) })),
      },
      { code: `s = "unterminated ${T}`, errors: [{ messageId: "literal", line: 1, column: 19 }] },
    ],
  });
});

describe("Databricks notebook source (.py)", () => {
  const magic = `${NOTEBOOK}# COMMAND ----------\n# MAGIC %sh\n# MAGIC curl -H "Authorization: Bearer ${T}" \\$HOST\n`;
  runInLanguage("@dbcfg/python", "notebook.py", {
    valid: [`${NOTEBOOK}token = ${SECRET}`, `${NOTEBOOK}# MAGIC %md\n# MAGIC Use a \`${P}…\` token from a secret scope.`],
    invalid: [
      { code: `${NOTEBOOK}token = "${T}"`, errors: [{ messageId: "literal", line: 2, column: 10, suggestions: useEnv(`${NOTEBOOK}token = ${SECRET}`) }] },
      { code: magic, errors: [{ messageId: "literal", line: 4, column: col(`# MAGIC curl -H "Authorization: Bearer ${T}"`, T) }] },
      { code: `${NOTEBOOK}# MAGIC %sql\n# MAGIC SELECT '${P}' || '${H}'`, errors: [{ messageId: "concat", line: 3, column: 16 }] },
      { code: `${NOTEBOOK}# MAGIC %md\n# MAGIC Token: ${T}`, errors: [{ messageId: "literal", line: 3, column: 16 }] },
    ],
  });
});
