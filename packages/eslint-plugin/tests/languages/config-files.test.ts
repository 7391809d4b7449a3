import { describe } from "vitest";
import { PREFIX as P, fakeBody, fakeToken } from "../support/fake-token.js";
import { locate, runInLanguage } from "../support/text-tester.js";

const T = fakeToken("config-files");
const H = fakeBody("config-files");
const KEEP = "# This file holds a secret: list it in .gitignore and revoke any token that was committed.\n";
/** The one suggestion in a secrets file: a comment at its top on keeping it out of git. */
const keep = (code: string) => ({ suggestions: [{ messageId: "keepOutOfGit", output: KEEP + code }] });

describe("dotenv (@dbcfg/dotenv)", () => {
  const bare = `DATABRICKS_HOST=example\nDATABRICKS_TOKEN=${T} # personal`;
  const quoted = `export DATABRICKS_TOKEN="${T}"`;
  const escaped = `DATABRICKS_TOKEN="\\u0064api${H}"`;
  runInLanguage("@dbcfg/dotenv", ".env.local", {
    valid: [
      `${KEEP}DATABRICKS_TOKEN=`,
      "DATABRICKS_TOKEN=${DATABRICKS_TOKEN}",
      `DATABRICKS_TOKEN=${P}<your-token>`,
      `SHA=${H}`,
      `DATABRICKS_TOKEN=${P}${H.toUpperCase()}`,
    ],
    invalid: [
      { code: bare, errors: [{ messageId: "literal", ...locate(bare, T), ...keep(bare) }] },
      { code: quoted, errors: [{ messageId: "literal", ...locate(quoted, T), ...keep(quoted) }] },
      { code: `DATABRICKS_TOKEN='${T}'`, errors: [{ messageId: "literal", line: 1, column: 19, ...keep(`DATABRICKS_TOKEN='${T}'`) }] },
      { code: escaped, errors: [{ messageId: "escaped", ...locate(escaped, "\\u0064"), ...keep(escaped) }] },
      { code: `# ${T}`, errors: [{ messageId: "comment", line: 1, column: 3 }] },
    ],
  });
});

describe("INI-like files (@dbcfg/ini)", () => {
  const cfg = `[DEFAULT]\nhost  = https-example\ntoken = ${T}\n\n[dev]\ntoken: ${T}`;
  const netrc = `machine example.cloud.databricks.com\n  login token\n  password ${T}`;
  runInLanguage("@dbcfg/ini", ".databrickscfg", {
    valid: ["[DEFAULT]\nhost = x\nauth_type = databricks-cli", `[DEFAULT]\ntoken = ${P}${"0".repeat(32)}`, `; token = ${P}<your-token>`],
    invalid: [
      {
        code: cfg,
        errors: [
          { messageId: "literal", ...locate(cfg, T), ...keep(cfg) },
          { messageId: "literal", ...locate(cfg, T, cfg.indexOf(T) + 1), ...keep(cfg) },
        ],
      },
      { code: `# token = ${T}`, errors: [{ messageId: "comment", line: 1, column: 11 }] },
      { code: netrc, errors: [{ messageId: "literal", ...locate(netrc, T), ...keep(netrc) }] },
    ],
  });
  runInLanguage("@dbcfg/ini", "gradle.properties", {
    valid: ["databricks.token=${env.DATABRICKS_TOKEN}"],
    invalid: [{ code: `databricks.token=${T}`, errors: [{ messageId: "literal", line: 1, column: 18, ...keep(`databricks.token=${T}`) }] }],
  });
});
