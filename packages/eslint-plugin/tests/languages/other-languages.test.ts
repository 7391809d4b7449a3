import { describe } from "vitest";
import { PREFIX as P, fakeBody, fakeToken } from "../support/fake-token.js";
import { locate, runInLanguage } from "../support/text-tester.js";

const T = fakeToken("other-languages");
const H = fakeBody("other-languages");
const B64 = Buffer.from(T).toString("base64");
const replaceWith = (output: string) => [{ messageId: "useReplacement", output }];

describe("TOML (@dbcfg/toml)", () => {
  const multi = `[tool.databricks]\ntoken = """\n${T}"""`;
  runInLanguage("@dbcfg/toml", "pyproject.toml", {
    valid: ['[tool.databricks]\ntoken_env = "DATABRICKS_TOKEN"', `sha = "${H}"`, `token = '${P}<your-token>'`],
    invalid: [
      { code: `token = "${T}"`, errors: [{ messageId: "literal", line: 1, column: 10 }] },
      { code: `token = '${T}'`, errors: [{ messageId: "literal", line: 1, column: 10 }] },
      { code: `token = "\\u0064api${H}"`, errors: [{ messageId: "escaped", line: 1, column: 10 }] },
      { code: multi, errors: [{ messageId: "literal", ...locate(multi, T) }] },
      { code: `data = "${B64}"`, errors: [{ messageId: "encoded", line: 1, column: 8 }] },
      { code: `a = 1 # ${T}`, errors: [{ messageId: "comment", line: 1, column: 9 }] },
    ],
  });
});

describe("Terraform / HCL (@dbcfg/hcl)", () => {
  const provider = `provider "databricks" {\n  host  = var.host\n  token = "${T}"\n}`;
  const joined = `locals {\n  token = join("", ["${P}", "${H}"])\n}`;
  const templated = `token = "\${"${P}"}\${"${H}"}"`;
  const fromLocal = `locals {\n  suffix = "${H}"\n}\ntoken = "${P}\${local.suffix}"`;
  const fromDefault = `variable "suffix" {\n  type    = string\n  default = "${H}"\n}\ntoken = "x-${P}\${var.suffix}"`;
  runInLanguage("@dbcfg/hcl", "main.tf", {
    valid: [
      'provider "databricks" {\n  token = var.databricks_token\n}',
      `token = join("-", ["${P}", "${H}"])`,
      `token = "${P}\${var.suffix}"`,
      // Interpolations of unknown values are never a token, even next to a bound constant.
      `locals {\n  suffix = "${H}"\n}\ntoken = "${P}\${upper(local.suffix)}"`,
      `locals {\n  suffix = "${H}"\n}\nlocals {\n  suffix = "${H}"\n}\ntoken = "${P}\${local.suffix}"`,
      `token = "\${"${P}"} \${"${H}"}"`,
    ],
    invalid: [
      {
        code: provider,
        errors: [{ messageId: "literal", ...locate(provider, T), suggestions: replaceWith(provider.replace(`"${T}"`, "var.databricks_token")) }],
      },
      {
        code: joined,
        errors: [{ messageId: "concat", ...locate(joined, `"${P}"`), suggestions: replaceWith(joined.replace(/join\(.*\)/, "var.databricks_token")) }],
      },
      {
        code: templated,
        errors: [{ messageId: "concat", ...locate(templated, `"${P}"`), suggestions: replaceWith("token = var.databricks_token") }],
      },
      {
        code: fromLocal,
        errors: [
          {
            messageId: "binding",
            ...locate(fromLocal, `${P}\${`),
            suggestions: replaceWith(fromLocal.replace(/"[^"]*\$\{local.suffix\}"/, "var.databricks_token")),
          },
        ],
      },
      // Like every concat finding, it starts at the operand holding the token's first character.
      { code: fromDefault, errors: [{ messageId: "binding", line: 5, column: 10 }] },
      { code: `token = "\\u0064api${H}"`, errors: [{ messageId: "escaped", line: 1, column: 10, suggestions: replaceWith("token = var.databricks_token") }] },
      { code: `# ${T}`, errors: [{ messageId: "comment", line: 1, column: 3 }] },
      { code: `/* ${T} */`, errors: [{ messageId: "comment", line: 1, column: 4 }] },
    ],
  });
});

describe("SQL (@dbcfg/sql)", () => {
  runInLanguage("@dbcfg/sql", "query.sql", {
    valid: ["SELECT secret('scope', 'token')", "SELECT '{{ env_var(''DATABRICKS_TOKEN'') }}'", `SELECT '${P}' || suffix`],
    invalid: [
      { code: `SELECT '${T}' AS token`, errors: [{ messageId: "literal", line: 1, column: 9 }] },
      { code: `SELECT '${P}' || '${H}'`, errors: [{ messageId: "concat", line: 1, column: 8 }] },
      { code: `SELECT concat('${P}', '${H}')`, errors: [{ messageId: "concat", line: 1, column: 15 }] },
      { code: `SELECT 1 -- ${T}`, errors: [{ messageId: "comment", line: 1, column: 13 }] },
      { code: `SELECT unbase64('${B64}')`, errors: [{ messageId: "encoded", line: 1, column: 17 }] },
    ],
  });
});

describe("Scala (@dbcfg/scala)", () => {
  const bound = `val prefix = "${P}"\nval token = prefix + "${H}"`;
  runInLanguage("@dbcfg/scala", "Job.scala", {
    valid: ['val token = dbutils.secrets.get("scope", "token")', 'val token = sys.env("DATABRICKS_TOKEN")', `var p = "${P}"\np = "x"\nval t = p + "${H}"`],
    invalid: [
      { code: `val token = "${T}"`, errors: [{ messageId: "literal", line: 1, column: 14 }] },
      { code: `val token = "${P}" + "${H}"`, errors: [{ messageId: "concat", line: 1, column: 13 }] },
      { code: bound, errors: [{ messageId: "binding", ...locate(bound, "prefix +") }] },
      { code: `val token = "\\u0064api${H}"`, errors: [{ messageId: "escaped", line: 1, column: 14 }] },
      { code: `// ${T}`, errors: [{ messageId: "comment", line: 1, column: 4 }] },
    ],
  });
});

describe("R (@dbcfg/r)", () => {
  const bound = `prefix <- "${P}"\ntoken <- paste0(prefix, "${H}")`;
  runInLanguage("@dbcfg/r", "analysis.R", {
    valid: ['token <- Sys.getenv("DATABRICKS_TOKEN")', `token <- paste0("${P}", suffix)`],
    invalid: [
      { code: `token <- "${T}"`, errors: [{ messageId: "literal", line: 1, column: 11, suggestions: replaceWith('token <- Sys.getenv("DATABRICKS_TOKEN")') }] },
      {
        code: `token <- paste0("${P}", "${H}")`,
        errors: [{ messageId: "concat", line: 1, column: 17, suggestions: replaceWith('token <- Sys.getenv("DATABRICKS_TOKEN")') }],
      },
      {
        code: bound,
        errors: [{ messageId: "binding", ...locate(bound, "prefix,"), suggestions: replaceWith(`prefix <- "${P}"\ntoken <- Sys.getenv("DATABRICKS_TOKEN")`) }],
      },
      { code: `# ${T}`, errors: [{ messageId: "comment", line: 1, column: 3 }] },
    ],
  });
});

describe("PowerShell (@dbcfg/powershell)", () => {
  const bound = `$prefix = '${P}'\n$token = $prefix + '${H}'`;
  runInLanguage("@dbcfg/powershell", "deploy.ps1", {
    valid: ["$token = $env:DATABRICKS_TOKEN", `$token = '${P}' + $suffix`],
    invalid: [
      { code: `$token = "${T}"`, errors: [{ messageId: "literal", line: 1, column: 11, suggestions: replaceWith("$token = $env:DATABRICKS_TOKEN") }] },
      {
        code: `$token = "\`u{64}api${H}"`,
        errors: [{ messageId: "escaped", line: 1, column: 11, suggestions: replaceWith("$token = $env:DATABRICKS_TOKEN") }],
      },
      { code: `$token = '${P}' + '${H}'`, errors: [{ messageId: "concat", line: 1, column: 10, suggestions: replaceWith("$token = $env:DATABRICKS_TOKEN") }] },
      {
        code: bound,
        errors: [{ messageId: "binding", ...locate(bound, "$prefix +"), suggestions: replaceWith(`$prefix = '${P}'\n$token = $env:DATABRICKS_TOKEN`) }],
      },
      { code: `<# ${T} #>`, errors: [{ messageId: "comment", line: 1, column: 4 }] },
    ],
  });
});

describe("plain text (@dbcfg/text)", () => {
  runInLanguage("@dbcfg/text", "notes.txt", {
    valid: [`tokens look like ${P}<32 hex>; ${H}`],
    invalid: [{ code: `old token:\n  ${T}\n`, errors: [{ messageId: "literal", line: 2, column: 3 }] }],
  });
});
