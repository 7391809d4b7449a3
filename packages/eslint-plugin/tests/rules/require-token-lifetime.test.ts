import { requireTokenLifetime } from "../../src/rules/require-token-lifetime.js";
import { runInEveryLanguage } from "../support/rule-tester.js";

runInEveryLanguage("require-token-lifetime", requireTokenLifetime, {
  valid: [
    { name: "SDK create with a lifetime", code: `await w.tokens.create({ comment: "ci", lifetime_seconds: 3600 });` },
    { name: "dbcfg client with a lifetime", code: `await client.tokens.create({ comment: "ci", lifetimeSeconds: 86400 });` },
    { name: "OBO create with a lifetime", code: `await a.tokenManagement.createOboToken({ application_id: id, lifetime_seconds: 600 });` },
    { name: "unknown request object", code: `await w.tokens.create(request);` },
    { name: "spread may carry the lifetime", code: `await w.tokens.create({ ...defaults, comment: "x" });` },
    {
      name: "REST body with a lifetime",
      code: `await fetch(host + "/api/2.0/token/create", { method: "POST", body: JSON.stringify({ lifetime_seconds: 3600 }) });`,
    },
    {
      name: "REST JSON string with a lifetime",
      code: `await fetch(\`\${host}/api/2.0/token/create\`, { method: "POST", body: '{"comment":"x","lifetime_seconds":3600}' });`,
    },
    { name: "other endpoint", code: `await fetch(host + "/api/2.0/token/list", { method: "GET" });` },
    { name: "unrelated create", code: `await db.users.create({ name: "x" });` },
    {
      name: "a computed lifetime is not judged",
      code: `const DAY = 86400;\nawait w.tokens.create({ lifetime_seconds: 730 * DAY });`,
      options: [{ maxLifetimeSeconds: 7776000 }],
    },
    { name: "within the maximum", code: `await w.tokens.create({ lifetime_seconds: 3600 });`, options: [{ maxLifetimeSeconds: 86400 }] },
  ],
  invalid: [
    {
      name: "SDK create without a lifetime",
      code: `await w.tokens.create({ comment: "ci" });`,
      errors: [{ messageId: "missingLifetime", line: 1, column: 23, endColumn: 40 }],
    },
    {
      name: "SDK create without arguments",
      code: `await w.tokens.create();`,
      errors: [{ messageId: "missingLifetime", line: 1, column: 7, endColumn: 24 }],
    },
    {
      name: "const request object without a lifetime",
      code: `const request = { comment: "ci" };\nawait w.tokens.create(request);`,
      errors: [{ messageId: "missingLifetime", line: 2, column: 23, endColumn: 30 }],
    },
    {
      name: "zero lifetime",
      code: `await w.tokens.create({ lifetime_seconds: 0 });`,
      errors: [{ messageId: "zeroLifetime", line: 1, column: 43, endColumn: 44 }],
    },
    {
      name: "never-expiring OBO token",
      code: `await w.tokenManagement.createOboToken({ application_id: id, lifetime_seconds: -1 });`,
      errors: [{ messageId: "neverExpires", data: { value: "-1" }, line: 1, column: 80, endColumn: 82 }],
    },
    {
      name: "constant longer than the maximum",
      code: `await w.tokens.create({ lifetime_seconds: 31536000 });`,
      options: [{ maxLifetimeSeconds: 7776000 }],
      errors: [{ messageId: "tooLong", data: { value: "31536000", max: "7776000" }, line: 1, column: 43, endColumn: 51 }],
    },
    {
      name: "fetch with a JSON.stringify body",
      code: `await fetch(host + "/api/2.0/token/create", { method: "POST", headers: h, body: JSON.stringify({ comment: "x" }) });`,
      errors: [{ messageId: "missingLifetime", line: 1, column: 75, endColumn: 113 }],
    },
    {
      name: "fetch with a JSON string body",
      code: `await fetch(\`\${host}/api/2.0/token/create\`, { method: "POST", body: '{"comment":"x"}' });`,
      errors: [{ messageId: "missingLifetime", line: 1, column: 63, endColumn: 86 }],
    },
    {
      name: "POST without a body",
      code: `await fetch(host + "/api/2.0/token/create", { method: "POST", headers: h });`,
      errors: [{ messageId: "missingLifetime", line: 1, column: 7, endColumn: 76 }],
    },
    {
      name: "axios.post with a data object",
      code: `await axios.post(\`\${host}/api/2.0/token/create\`, { comment: "x" });`,
      errors: [{ messageId: "missingLifetime", line: 1, column: 50, endColumn: 66 }],
    },
    {
      name: "axios config object",
      code: `await axios({ method: "post", url: host + "/api/2.0/token-management/on-behalf-of/tokens", data: { application_id: id } });`,
      errors: [{ messageId: "missingLifetime", line: 1, column: 92, endColumn: 120 }],
    },
  ],
});
