import { describe } from "vitest";
import { PREFIX as P, fakeBody, fakeToken } from "../support/fake-token.js";
import { HTTPS } from "../support/url-scheme.js";
import { runInLanguage } from "../support/text-tester.js";

const T = fakeToken("shell");
const H = fakeBody("shell");
const ENV = '"$DATABRICKS_TOKEN"';
const useEnv = (output: string) => [{ messageId: "useReplacement", output }];

describe("shell (@dbcfg/shell)", () => {
  runInLanguage("@dbcfg/shell", "deploy.sh", {
    valid: [
      `curl -H "Authorization: Bearer $DATABRICKS_TOKEN" ${HTTPS}example.cloud.databricks.com/api/2.0/clusters/list`,
      'export DATABRICKS_TOKEN="${DATABRICKS_TOKEN:?set it}"',
      `TOKEN="${P}<your-token>"`,
      `TOKEN=${P}${"X".repeat(32)}`,
      `TOKEN=${P}${H.slice(0, 31)}`,
      `TOKEN=${P}${H.toUpperCase()}`,
      `SHA=${H}`,
      `TOKEN=${P}$(cat token-suffix)`,
      `P=${P}\nP=other\necho "$P"${H}`,
      `echo "${P}$UNSET"${H.slice(0, 2)}`,
      { code: `# ${T}`, options: [{ checkComments: false }] },
      `echo 'unterminated ${P}`,
    ],
    invalid: [
      {
        code: `curl -H "Authorization: Bearer ${T}" ${HTTPS}example.cloud.databricks.com`,
        errors: [{ messageId: "literal", line: 1, column: 32, endColumn: 68 }],
      },
      { code: `export DATABRICKS_TOKEN=${T}`, errors: [{ messageId: "literal", line: 1, column: 25, suggestions: useEnv(`export DATABRICKS_TOKEN=${ENV}`) }] },
      { code: `TOKEN='${T}'`, errors: [{ messageId: "literal", line: 1, column: 8, suggestions: useEnv(`TOKEN=${ENV}`) }] },
      { code: `TOKEN=$'\\x64api${H}'`, errors: [{ messageId: "escaped", line: 1, column: 9, suggestions: useEnv(`TOKEN=${ENV}`) }] },
      { code: `TOKEN="\\${P}${H}"`, errors: [{ messageId: "literal", line: 1, column: 9, suggestions: [] }].map(({ suggestions: _s, ...e }) => e) },
      { code: `TOKEN="${P}"'${H}'`, errors: [{ messageId: "concat", line: 1, column: 7, endColumn: 47, suggestions: useEnv(`TOKEN=${ENV}`) }] },
      { code: `TOKEN=${P}"${H}"`, errors: [{ messageId: "concat", line: 1, column: 7, suggestions: useEnv(`TOKEN=${ENV}`) }] },
      {
        code: `P1=${P}\nP2=${H}\ncurl -H "Authorization: Bearer \${P1}$P2"`,
        errors: [{ messageId: "binding", line: 3, column: 32, endColumn: 40 }],
      },
      {
        code: `PREFIX=${P}\nexport TOKEN="\${PREFIX}${H}"`,
        errors: [{ messageId: "binding", line: 2, column: 15, suggestions: useEnv(`PREFIX=${P}\nexport TOKEN=${ENV}`) }],
      },
      { code: `echo ${Buffer.from(T).toString("base64")} | base64 -d`, errors: [{ messageId: "encoded", line: 1, column: 6 }] },
      { code: `ls # ${T}`, errors: [{ messageId: "comment", line: 1, column: 6 }] },
    ],
  });
});

describe("Dockerfile (@dbcfg/dockerfile)", () => {
  runInLanguage("@dbcfg/dockerfile", "Dockerfile", {
    valid: ["FROM python:3.12\nARG DATABRICKS_TOKEN\nRUN --mount=type=secret,id=databricks pip install ."],
    invalid: [
      { code: `FROM python:3.12\nENV DATABRICKS_TOKEN=${T}`, errors: [{ messageId: "literal", line: 2, column: 22 }] },
      { code: `RUN curl -H "Authorization: Bearer ${P}""${H}" x`, errors: [{ messageId: "concat", line: 1, column: 13 }] },
    ],
  });
});
