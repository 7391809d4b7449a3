import { noBasicAuth } from "../../src/rules/no-basic-auth.js";
import { runInEveryLanguage } from "../support/rule-tester.js";

const HOST = "https://adb-1234567890123456.7.azuredatabricks.net";
const SDK = `import { WorkspaceClient, Config } from "@databricks/sdk-experimental";\n`;

runInEveryLanguage("no-basic-auth", noBasicAuth, {
  valid: [
    { name: "token auth", code: `${SDK}new WorkspaceClient({ host: h, token: process.env.DATABRICKS_TOKEN });` },
    { name: "password for some other client", code: `new Config({ password: p });` },
    { name: "Basic header in a file that never calls Databricks", code: `fetch("https://example.com", { headers: { Authorization: "Basic abc" } });` },
    { name: "Bearer header for Databricks", code: `fetch("${HOST}/api/2.0/x", { headers: { Authorization: \`Bearer \${t}\` } });` },
    { name: "setting an unrelated env var", code: `process.env.MY_PASSWORD = "x";` },
    { name: "destructuring reads, it does not set", code: `const { DATABRICKS_PASSWORD } = process.env;` },
  ],
  invalid: [
    {
      name: "password to WorkspaceClient",
      code: `new WorkspaceClient({ host: h, username: u, password: p });`,
      errors: [{ messageId: "basicCredentials", line: 1, column: 45, endColumn: 56 }],
    },
    {
      name: "password to an imported Config",
      code: `${SDK}const c = new Config({ host: h, username: "me", password: p });`,
      errors: [{ messageId: "basicCredentials", line: 2, column: 49, endColumn: 60 }],
    },
    {
      name: "auth type basic",
      code: `${SDK}new Config({ authType: "basic" });`,
      errors: [{ messageId: "basicAuthType", line: 2, column: 14, endColumn: 31 }],
    },
    {
      name: "password to a call whose options name a Databricks host",
      code: `connect({ host: "${HOST}", password: p });`,
      errors: [{ messageId: "basicCredentials", line: 1, column: 71, endColumn: 82 }],
    },
    {
      name: "Basic Authorization header",
      code: `fetch("${HOST}/api/2.0/clusters/list", { headers: { Authorization: "Basic " + btoa(u + ":" + p) } });`,
      errors: [{ messageId: "basicHeader", line: 1, column: 96, endColumn: 139 }],
    },
    {
      name: "Basic header set before the host appears",
      code: `headers.set("Authorization", \`Basic \${creds}\`);\nconst host = "${HOST}";`,
      errors: [{ messageId: "basicHeader", line: 1, column: 1, endColumn: 47 }],
    },
    {
      name: "header pair in an array, SDK imported",
      code: `${SDK}const headers = [["authorization", "Basic " + creds]];`,
      errors: [{ messageId: "basicHeader", line: 2, column: 18, endColumn: 53 }],
    },
    {
      name: "password to a client of a required SDK namespace",
      code: `const sdk = require("@databricks/sdk-experimental");\nnew sdk.Config({ password: p });`,
      errors: [{ messageId: "basicCredentials", line: 2, column: 18, endColumn: 29 }],
    },
    {
      name: "Basic header in a file that requires the SDK",
      code: `const { Config } = require("@databricks/sdk-experimental");\nheaders.append("Authorization", "Basic " + creds);`,
      errors: [{ messageId: "basicHeader", line: 2, column: 1, endColumn: 50 }],
    },
    {
      name: "DATABRICKS_PASSWORD set in process.env",
      code: `process.env.DATABRICKS_PASSWORD = p;`,
      errors: [{ messageId: "basicEnv", data: { name: "DATABRICKS_PASSWORD" }, line: 1, column: 1, endColumn: 32 }],
    },
    {
      name: "DATABRICKS_USERNAME in a child's environment",
      code: `spawn("databricks", [], { env: { DATABRICKS_USERNAME: u } });`,
      errors: [{ messageId: "basicEnv", data: { name: "DATABRICKS_USERNAME" }, line: 1, column: 34, endColumn: 56 }],
    },
  ],
});
