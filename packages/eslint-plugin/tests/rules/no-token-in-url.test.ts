import { noTokenInUrl } from "../../src/rules/no-token-in-url.js";
import { fakeToken } from "../support/fake-token.js";
import { runInEveryLanguage } from "../support/rule-tester.js";
import { HTTPS } from "../support/url-scheme.js";

const T = fakeToken();
const AZURE = "adb-1234567890123456.7.azuredatabricks.net";
const AWS = "dbc-a1b2c3d4-e5f6.cloud.databricks.com";

runInEveryLanguage("no-token-in-url", noTokenInUrl, {
  valid: [
    { name: "token in a header", code: `fetch("https://${AZURE}/api/2.0/clusters/list", { headers: { Authorization: \`Bearer \${token}\` } });` },
    { name: "user name without a password", code: `const u = "https://me@${AWS}/";` },
    { name: "harmless query", code: `fetch("https://${AWS}/api/2.0/jobs/list?limit=25&offset=0");` },
    { name: "empty token parameter", code: `const u = "https://${AWS}/?token=";` },
    { name: "not a Databricks host", code: `fetch("https://api.example.com/v1/items?token=abc");` },
    { name: "look-alike host", code: `fetch("https://cloud.databricks.com.evil.example/?token=abc");` },
    { name: "interpolated host, other API", code: "fetch(`https://${host}/v1/items?token=${t}`);" },
    { name: "JDBC URL with PWD left to properties", code: `const u = "jdbc:databricks://${AZURE}:443/default;transportMode=http;AuthMech=3;UID=token";` },
  ],
  invalid: [
    {
      name: "token in a query string",
      code: `fetch("${HTTPS}${AZURE}/api/2.0/clusters/list?token=${T}");`,
      errors: [{ messageId: "query", data: { host: AZURE, parameter: "token" }, line: 1, column: 7, endColumn: 124 }],
    },
    {
      name: "any parameter holding a PAT",
      code: `const u = "https://${AWS}/?x=${T}";`,
      errors: [{ messageId: "query", data: { host: AWS, parameter: "x" }, line: 1, column: 11, endColumn: 99 }],
    },
    {
      name: "interpolated token in user-info",
      code: `fetch(\`${HTTPS}token:\${tok}@${AWS}/api/2.0/x\`);`,
      errors: [{ messageId: "userinfo", data: { host: AWS }, line: 1, column: 7, endColumn: 78 }],
    },
    {
      name: "PAT as the user name",
      code: `const remote = "https://${T}@${AWS}/repo.git";`,
      errors: [{ messageId: "userinfo", line: 1, column: 16, endColumn: 110 }],
    },
    {
      name: "interpolated host aimed at the REST API",
      code: "fetch(`https://${host}/api/2.0/jobs/list?access_token=${t}`);",
      errors: [{ messageId: "query", data: { host: "${…}", parameter: "access_token" }, line: 1, column: 7, endColumn: 60 }],
    },
    {
      name: "SQLAlchemy URL built with +",
      code: `const u = "databricks://token:" + t + "@${AZURE}?http_path=/sql/1.0/warehouses/abc";`,
      errors: [{ messageId: "userinfo", line: 1, column: 11, endColumn: 118 }],
    },
    {
      name: "JDBC URL with PWD",
      code: `const u = "jdbc:databricks://${AZURE}:443/default;transportMode=http;AuthMech=3;UID=token;PWD=" + tok;`,
      errors: [{ messageId: "jdbc", data: { host: AZURE }, line: 1, column: 11, endColumn: 136 }],
    },
    {
      name: "multi-line template",
      code: `const u = \`\n  ${HTTPS}${AWS}/api/2.0/token/list?password=\${p}\`;`,
      errors: [{ messageId: "query", line: 1, column: 11, endLine: 2, endColumn: 83 }],
    },
  ],
});
