import { describe } from "vitest";
import { PREFIX as P, fakeBody, fakeToken } from "../support/fake-token.js";
import { runInLanguage } from "../support/text-tester.js";

const T = fakeToken("json");
const H = fakeBody("json");
const RAW_SECRET = 'dbutils.secrets.get(scope="databricks", key="token")';
/** As it stands inside a JSON string. */
const SECRET = JSON.stringify(RAW_SECRET).slice(1, -1);

/** A notebook in nbformat 4 with the given cells, one JSON line per source line (positions stay predictable). */
function notebook(cells: { cell_type: string; source: string[]; outputs?: unknown[] }[]): string {
  const lines = ['{"cells": ['];
  cells.forEach((cell, i) => {
    lines.push(` {"cell_type": "${cell.cell_type}", "metadata": {}, "outputs": ${JSON.stringify(cell.outputs ?? [])}, "source": [`);
    cell.source.forEach((line, k) => lines.push(`  ${JSON.stringify(line)}${k < cell.source.length - 1 ? "," : ""}`));
    lines.push(` ]}${i < cells.length - 1 ? "," : ""}`);
  });
  lines.push('], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}');
  return lines.join("\n");
}

describe("JSON (@eslint/json's json/json and json/jsonc)", () => {
  runInLanguage("json/json", "config.json", {
    valid: [
      '{"token": "${DATABRICKS_TOKEN}"}',
      `{"token": "${P}<your-token>", "sha": "${H}", "id": "123e4567-e89b-12d3-a456-426614174000"}`,
      `{"token": "${P}${H.toUpperCase()}", "short": "${P}${H.slice(1)}"}`,
      `{"parts": ["${P}", "${H}"]}`,
    ],
    invalid: [
      { code: `{\n  "token": "${T}"\n}`, errors: [{ messageId: "literal", line: 2, column: 13, endColumn: 49 }] },
      { code: `{"token": "\\u0064api${H}"}`, errors: [{ messageId: "escaped", line: 1, column: 12, endColumn: 53 }] },
      { code: `{"${T}": 1}`, errors: [{ messageId: "literal", line: 1, column: 3 }] },
      { code: `{"data": "${Buffer.from(T).toString("base64")}"}`, errors: [{ messageId: "encoded", line: 1, column: 10 }] },
    ],
  });
  runInLanguage("json/jsonc", "settings.jsonc", {
    valid: ['{ "databricks.token": "" }'],
    invalid: [{ code: `{\n  // ${T}\n  "a": 1\n}`, errors: [{ messageId: "comment", line: 2, column: 6 }] }],
  });
});

describe("Jupyter notebooks (@dbcfg/notebook)", () => {
  runInLanguage("@dbcfg/notebook", "analysis.ipynb", {
    valid: [
      notebook([{ cell_type: "code", source: ["import os\n", 'token = os.environ["DATABRICKS_TOKEN"]'] }]),
      notebook([{ cell_type: "code", source: ['token = dbutils.secrets.get(scope="ci", key="pat")'] }]),
      notebook([
        { cell_type: "code", source: ["x = 1"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`'${H}'`] }, metadata: { id: H } }] },
      ]),
      notebook([{ cell_type: "markdown", source: [`Create a token (it looks like \`${P}…\`) under *User settings*.`] }]),
    ],
    invalid: [
      {
        code: notebook([{ cell_type: "code", source: ["import requests\n", `token = "${T}"`] }]),
        errors: [
          {
            messageId: "literal",
            line: 4,
            column: 14,
            endColumn: 50,
            suggestions: [{ messageId: "useReplacement", output: notebook([{ cell_type: "code", source: ["import requests\n", `token = ${RAW_SECRET}`] }]) }],
          },
        ],
      },
      {
        code: notebook([{ cell_type: "code", source: [`A = "${P}"\n`, `token = A + "${H}"`] }]),
        errors: [
          {
            messageId: "binding",
            line: 4,
            column: 12,
            suggestions: [{ messageId: "useReplacement", output: notebook([{ cell_type: "code", source: [`A = "${P}"\n`, `token = ${RAW_SECRET}`] }]) }],
          },
        ],
      },
      {
        code: notebook([{ cell_type: "code", source: [`token = "${P}" + "${H}"`] }]),
        errors: [
          {
            messageId: "concat",
            line: 3,
            column: 12,
            suggestions: [{ messageId: "useReplacement", output: notebook([{ cell_type: "code", source: [`token = ${RAW_SECRET}`] }]) }],
          },
        ],
      },
      { code: notebook([{ cell_type: "markdown", source: ["# Setup\n", `Token: ${T}`] }]), errors: [{ messageId: "literal", line: 4, column: 11 }] },
      {
        code: notebook([{ cell_type: "code", source: ["%sh\n", `curl -H "Authorization: Bearer ${T}"`] }]),
        errors: [{ messageId: "literal", line: 4, column: 36 }],
      },
      {
        code: notebook([{ cell_type: "code", source: ["print(token)"], outputs: [{ name: "stdout", output_type: "stream", text: [`${T}\n`] }] }]),
        errors: [{ messageId: "literal", line: 2, column: 101 }],
      },
      {
        code: `{"cells": [{"cell_type": "code", "source": ["token = \\"${T}\\""`,
        errors: [
          {
            messageId: "literal",
            line: 1,
            column: 56,
            suggestions: [{ messageId: "useReplacement", output: `{"cells": [{"cell_type": "code", "source": ["token = ${SECRET}"` }],
          },
          { messageId: "unparsable", line: 1, column: 95 },
        ],
      },
    ],
  });
});

describe("JSON through @dbcfg/json (@eslint/json's parser, the lexer when it rejects a file)", () => {
  runInLanguage("@dbcfg/json", "config.json", {
    valid: ['{"token": "${DATABRICKS_TOKEN}"}'],
    invalid: [
      { code: `{"token": "${T}"}`, errors: [{ messageId: "literal", line: 1, column: 12 }] },
      {
        code: `{"token": "${T}",`,
        errors: [
          { messageId: "literal", line: 1, column: 12 },
          { messageId: "unparsable", line: 1, column: 49 },
        ],
      },
    ],
  });
});
