import { noHardcodedCredentials } from "../../src/rules/no-hardcoded-credentials.js";
import { fakeBody, fakeToken } from "../support/fake-token.js";
import { runInEveryLanguage } from "../support/rule-tester.js";

const HOST = "https://adb-1234567890123456.7.azuredatabricks.net";
const SECRET = "dose" + fakeBody("oauth");

runInEveryLanguage("no-hardcoded-credentials", noHardcodedCredentials, {
  valid: [
    { name: "secrets from the environment", code: `new WorkspaceClient({ host: h, clientId: id, clientSecret: process.env.DATABRICKS_CLIENT_SECRET });` },
    { name: "placeholder text", code: `new WorkspaceClient({ host: "${HOST}", token: "<your-token>" });` },
    { name: "empty string", code: `new WorkspaceClient({ token: "" });` },
    { name: "a PAT is no-hardcoded-pat's finding", code: `new WorkspaceClient({ token: "${fakeToken()}" });` },
    { name: "not a Databricks client", code: `new Client({ token: "abc123" });` },
  ],
  invalid: [
    {
      name: "OAuth secret",
      code: `new WorkspaceClient({ host: h, clientId: id, clientSecret: "${SECRET}" });`,
      errors: [{ messageId: "hardcodedCredential", data: { name: "clientSecret", shown: `dose…${SECRET.slice(-4)}` }, line: 1, column: 60, endColumn: 98 }],
    },
    {
      name: "Azure client secret, concatenated, on an imported Config",
      code: `import { Config } from "@databricks/sdk-experimental";\nnew Config({ azure_client_secret: "abc~" + "${fakeBody("azure")}" });`,
      errors: [
        {
          messageId: "hardcodedCredential",
          data: { name: "azure_client_secret", shown: `…${fakeBody("azure").slice(-4)}` },
          line: 2,
          column: 35,
          endColumn: 78,
        },
      ],
    },
    {
      name: "wrongly shaped token for a call that names a Databricks host",
      code: `connect({ host: "${HOST}", token: "0123456789abcdef0123" });`,
      errors: [{ messageId: "hardcodedCredential", data: { name: "token", shown: "…0123" }, line: 1, column: 78, endColumn: 100 }],
    },
    {
      name: "SQL driver connect",
      code: `const client = new DBSQLClient();\nclient.connect({ host: h, path: p, token: "not-a-pat-but-secret" });`,
      errors: [{ messageId: "hardcodedCredential", line: 2, column: 43, endColumn: 65 }],
    },
  ],
});
