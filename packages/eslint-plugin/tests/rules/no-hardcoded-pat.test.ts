import { noHardcodedPat } from "../../src/rules/no-hardcoded-pat.js";
import { PREFIX, fakeBody, fakeToken } from "../support/fake-token.js";
import { runInEveryLanguage } from "../support/rule-tester.js";

const T = fakeToken();
const H = fakeBody();
const [H1, H2] = [H.slice(0, 12), H.slice(12)];
const ENV = "process.env.DATABRICKS_TOKEN";
const useEnv = (output: string) => [{ messageId: "useEnv", output }];
const charCodes = (s: string) => [...s].map((c) => c.charCodeAt(0)).join(", ");
const reversed = [...T].reverse().join("");
const base64 = Buffer.from(T).toString("base64");
const base64url = Buffer.from(T).toString("base64url");
const hex = Buffer.from(T).toString("hex");
const escapeAll = (s: string) => [...s].map((c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`).join("");

runInEveryLanguage("no-hardcoded-pat", noHardcodedPat, {
  valid: [
    // Not a PAT (the "Not a PAT" classes of @dbcfg/pat's README).
    ...[
      ["placeholder zeros", PREFIX + "0".repeat(32)],
      ["placeholder hex alphabet", PREFIX + "0123456789abcdef".repeat(2)],
      ["placeholder from the docs", PREFIX + "12345678901234567890123456789012"],
      ["placeholder deadbeef", PREFIX + "deadbeef".repeat(4)],
      ["placeholder text", PREFIX + "<your-token>"],
      ["placeholder X", PREFIX + "X".repeat(32)],
      ["mask", PREFIX + "…" + H.slice(-4)],
      ["upper-case hex", PREFIX + H.toUpperCase()],
      ["upper-case prefix", "DAPI" + H],
      ["mixed-case prefix", "Dapi" + H],
      ["31 hex", PREFIX + H.slice(1)],
      ["33 hex", T + "a"],
      ["glued letter", "x" + T],
      ["glued underscore", "_" + T],
      ["glued digit", "9" + T],
      ["followed by g", T + "g"],
      ["followed by _old", T + "_old"],
      ["OAuth secret prefix", "dose" + H],
      ["32-hex hash", H],
      ["40-hex hash", H + "0a1b2c3d"],
      ["UUID", "3f9c2a7b-e1d0-4c58-a6e2-b7d91f0c4a8e"],
      ["regex source describing the shape", PREFIX + "[0-9a-f]{32}"],
    ].map(([name, text]) => ({ name: `string: ${name}`, code: `const value = ${JSON.stringify(text)};` })),
    { name: "regex literal describing the shape", code: `const shape = /${PREFIX}[0-9a-f]{32}(?:-[0-9])?/;` },
    { name: "process.env", code: `const token = ${ENV};` },
    { name: "identifier", code: `const ${PREFIX}Client = create${PREFIX}();` },
    { name: "concatenation glued to a word", code: `const t = 'x' + '${PREFIX}' + '${H}';` },
    { name: "concatenation followed by a word character", code: `const t = '${PREFIX}' + '${H}' + '_old';` },
    { name: "concatenation with a run-time part in the middle", code: `const t = '${PREFIX}' + suffix + '${H}';` },
    { name: "let bindings are not constants", code: `let a = '${PREFIX}'; const b = a + '${H}';` },
    { name: "a parameter shadows the constant", code: `const a = '${PREFIX}'; function f(a) { return a + '${H}'; }` },
    { name: "base64 of a non-token", code: `const t = atob('${Buffer.from("hello world").toString("base64")}');` },
    { name: "a local atob is not the decoder", code: `function atob(x) { return x; } const t = atob('${base64}');` },
    { name: "decode: false", code: `const t = atob('${base64}');`, options: [{ decode: false }] },
    { name: "checkComments: false", code: `// ${T}\nconst x = 1;`, options: [{ checkComments: false }] },
    { name: "allow by exact token", code: `const t = '${T}';`, options: [{ allow: [T] }] },
    { name: "allow by pattern", code: `const t = '${PREFIX}' + '${H}';`, options: [{ allow: [`${PREFIX}${H.slice(0, 4)}[0-9a-f]{28}`] }] },
    { name: "TS template type", code: `type Token = \`${PREFIX}\${string}\`;`, languages: ["ts", "tsx"] },
  ],
  invalid: [
    // Tier 1: literal.
    {
      name: "string literal",
      code: `const t = "${T}";`,
      errors: [{ messageId: "literal", line: 1, column: 12, endLine: 1, endColumn: 48, suggestions: useEnv(`const t = ${ENV};`) }],
    },
    {
      name: "Azure suffix is part of the token",
      code: `const t = '${T}-2';`,
      errors: [{ messageId: "literal", line: 1, column: 12, endColumn: 50, suggestions: useEnv(`const t = ${ENV};`) }],
    },
    {
      name: "token inside a longer string (no suggestion)",
      code: `const header = "Bearer ${T}";`,
      errors: [{ messageId: "literal", line: 1, column: 24, endColumn: 60, suggestions: [] }],
    },
    {
      name: "the same token twice is two findings",
      code: `const pair = "${T} ${T}";`,
      errors: [
        { messageId: "literal", line: 1, column: 15, endColumn: 51, suggestions: [] },
        { messageId: "literal", line: 1, column: 52, endColumn: 88, suggestions: [] },
      ],
    },
    {
      name: "template literal without expressions",
      code: `const t = \`${T}\`;`,
      errors: [{ messageId: "literal", line: 1, column: 12, endColumn: 48, suggestions: useEnv(`const t = ${ENV};`) }],
    },
    {
      name: "template quasi next to an expression",
      code: `const auth = \`\${user}:${T}\`;`,
      errors: [{ messageId: "literal", line: 1, column: 23, endColumn: 59, suggestions: [] }],
    },
    {
      name: "multi-line template",
      code: `const config = \`\nhost = h\ntoken = ${T}\n\`;`,
      errors: [{ messageId: "literal", line: 3, column: 9, endLine: 3, endColumn: 45, suggestions: [] }],
    },
    {
      name: "regex literal holding an exact token",
      code: `const re = /${T}/;`,
      errors: [{ messageId: "literal", line: 1, column: 13, endColumn: 49, suggestions: [] }],
    },
    {
      name: "object key (no suggestion: a key must stay a literal)",
      code: `const m = { "${T}": 1 };`,
      errors: [{ messageId: "literal", line: 1, column: 14, endColumn: 50, suggestions: [] }],
    },
    {
      name: "JSX attribute",
      code: `const e = <Client token="${T}" />;`,
      languages: ["jsx", "tsx"],
      errors: [{ messageId: "literal", line: 1, column: 26, endColumn: 62, suggestions: useEnv(`const e = <Client token={${ENV}} />;`) }],
    },
    {
      name: "JSX text",
      code: `const e = <p>${T}</p>;`,
      languages: ["jsx", "tsx"],
      errors: [{ messageId: "literal", line: 1, column: 14, endColumn: 50, suggestions: [] }],
    },
    {
      name: "TS enum member (no suggestion: string enums need literals)",
      code: `enum Secrets { Token = "${T}" }`,
      languages: ["ts", "tsx"],
      errors: [{ messageId: "literal", line: 1, column: 25, endColumn: 61, suggestions: [] }],
    },
    {
      name: "TS literal type (no suggestion: a type cannot read the environment)",
      code: `type Token = "${T}";`,
      languages: ["ts", "tsx"],
      errors: [{ messageId: "literal", line: 1, column: 15, endColumn: 51, suggestions: [] }],
    },
    {
      name: "TS const assertion",
      code: `const t = "${T}" as const;`,
      languages: ["ts", "tsx"],
      errors: [{ messageId: "literal", line: 1, column: 12, endColumn: 48, suggestions: useEnv(`const t = ${ENV} as const;`) }],
    },
    {
      name: "CRLF line endings in a template",
      code: `const config = \`host = h\r\ntoken = ${T}\r\n\`;`,
      errors: [{ messageId: "literal", line: 2, column: 9, endColumn: 45, suggestions: [] }],
    },
    {
      name: "escape sequence earlier in the same string",
      code: `const s = "line\\n${T}";`,
      errors: [{ messageId: "literal", line: 1, column: 18, endColumn: 54, suggestions: [] }],
    },
    {
      name: "JSX attribute with an HTML entity",
      code: `const e = <Client token="&#100;api${H}" />;`,
      languages: ["jsx", "tsx"],
      errors: [{ messageId: "escaped", line: 1, column: 25, endColumn: 68, suggestions: useEnv(`const e = <Client token={${ENV}} />;`) }],
    },
    // Comments, under their own messageId.
    {
      name: "line comment",
      code: `// old token: ${T}\nconst x = 1;`,
      errors: [{ messageId: "comment", line: 1, column: 15, endColumn: 51 }],
    },
    {
      name: "Azure-suffixed token in a comment, after an escape-looking text",
      code: `/* see \\x ${T}-3 */`,
      errors: [{ messageId: "comment", line: 1, column: 11, endColumn: 49 }],
    },
    {
      name: "block comment, second line",
      code: `/*\n * ${T}\n */\nconst x = 1;`,
      errors: [{ messageId: "comment", line: 2, column: 4, endLine: 2, endColumn: 40 }],
    },
    // Tier 2: escaped.
    {
      name: "\\x escape of the prefix",
      code: `const t = "\\x64api${H}";`,
      errors: [{ messageId: "escaped", line: 1, column: 12, endColumn: 51, suggestions: useEnv(`const t = ${ENV};`) }],
    },
    {
      name: "\\u escape",
      code: `const t = '\\u0064api${H}';`,
      errors: [{ messageId: "escaped", line: 1, column: 12, endColumn: 53, suggestions: useEnv(`const t = ${ENV};`) }],
    },
    {
      name: "\\u{} escape in a template",
      code: `const t = \`\\u{64}api${H}\`;`,
      errors: [{ messageId: "escaped", line: 1, column: 12, endColumn: 53, suggestions: useEnv(`const t = ${ENV};`) }],
    },
    {
      name: "every character escaped, after other text",
      code: `const h = "Bearer ${escapeAll(T)}";`,
      errors: [{ messageId: "escaped", line: 1, column: 19, endColumn: 163, suggestions: [] }],
    },
    // Tier 3: concat.
    {
      name: "+ of two literals",
      code: `const t = '${PREFIX}' + '${H}';`,
      errors: [{ messageId: "concat", line: 1, column: 11, endColumn: 54, suggestions: useEnv(`const t = ${ENV};`) }],
    },
    {
      name: "+ after a run-time part",
      code: `const t = prefix + '${PREFIX}' + '${H}';`,
      errors: [{ messageId: "concat", line: 1, column: 20, endColumn: 63, suggestions: [] }],
    },
    {
      name: "+ inside a call, then a run-time part",
      code: `send('${PREFIX}' + '${H1}' + '${H2}' + rest);`,
      errors: [{ messageId: "concat", line: 1, column: 6, endColumn: 54, suggestions: [] }],
    },
    {
      name: "template whose expressions are literals",
      code: `const t = \`${PREFIX}\${'${H1}'}${H2}\`;`,
      errors: [{ messageId: "concat", line: 1, column: 11, endColumn: 54, suggestions: useEnv(`const t = ${ENV};`) }],
    },
    {
      name: "[...].join('')",
      code: `const t = ['${PREFIX}', '${H1}', '${H2}'].join('');`,
      errors: [{ messageId: "concat", line: 1, column: 11, endColumn: 68, suggestions: useEnv(`const t = ${ENV};`) }],
    },
    {
      name: "'...'.concat(...)",
      code: `const t = '${PREFIX}'.concat('${H1}', '${H2}');`,
      errors: [{ messageId: "concat", line: 1, column: 11, endColumn: 64, suggestions: useEnv(`const t = ${ENV};`) }],
    },
    {
      name: "concatenation nested in a template inside a header",
      code: `const headers = { Authorization: \`Bearer \${'${PREFIX}' + '${H}'}\` };`,
      errors: [{ messageId: "concat", line: 1, column: 44, endColumn: 87, suggestions: useEnv(`const headers = { Authorization: \`Bearer \${${ENV}}\` };`) }],
    },
    // Tier 4: binding.
    {
      name: "const + literal",
      code: `const A = '${PREFIX}';\nconst B = A + '${H}';\nuse(B);\nuse(B);`,
      errors: [
        { messageId: "binding", line: 2, column: 11, endColumn: 49, suggestions: useEnv(`const A = '${PREFIX}';\nconst B = ${ENV};\nuse(B);\nuse(B);`) },
      ],
    },
    {
      name: "consts in a template, across scopes",
      code: `const A = '${PREFIX}';\nconst B = '${H1}';\nfunction f() { return \`\${A}\${B}${H2}\`; }`,
      errors: [
        {
          messageId: "binding",
          line: 3,
          column: 23,
          endColumn: 53,
          suggestions: useEnv(`const A = '${PREFIX}';\nconst B = '${H1}';\nfunction f() { return ${ENV}; }`),
        },
      ],
    },
    {
      name: "a folded constant is reported once, where it is built",
      code: `const TOKEN = '${PREFIX}' + '${H}';\nconnect(TOKEN);\nconnect(TOKEN);`,
      errors: [{ messageId: "concat", line: 1, column: 15, endColumn: 58, suggestions: useEnv(`const TOKEN = ${ENV};\nconnect(TOKEN);\nconnect(TOKEN);`) }],
    },
    {
      name: "const array joined elsewhere",
      code: `const PARTS = ['${PREFIX}', '${H}'];\nconst t = PARTS.join('');`,
      errors: [{ messageId: "binding", line: 2, column: 11, endColumn: 25, suggestions: useEnv(`const PARTS = ['${PREFIX}', '${H}'];\nconst t = ${ENV};`) }],
    },
    // Tier 5: encoded.
    {
      name: "Buffer.from base64, toString",
      code: `const t = Buffer.from('${base64}', 'base64').toString();`,
      errors: [{ messageId: "encoded", line: 1, column: 11, endColumn: 95, suggestions: useEnv(`const t = ${ENV};`) }],
    },
    {
      name: "Buffer.from base64url, toString('utf8')",
      code: `const t = Buffer.from('${base64url}', 'base64url').toString('utf8');`,
      errors: [{ messageId: "encoded", line: 1, column: 11, endColumn: 104, suggestions: useEnv(`const t = ${ENV};`) }],
    },
    {
      name: "Buffer.from hex",
      code: `const t = Buffer.from('${hex}', 'hex').toString();`,
      errors: [{ messageId: "encoded", line: 1, column: 11, endColumn: 116, suggestions: useEnv(`const t = ${ENV};`) }],
    },
    {
      name: "atob",
      code: `const t = atob('${base64}');`,
      errors: [{ messageId: "encoded", line: 1, column: 11, endColumn: 67, suggestions: useEnv(`const t = ${ENV};`) }],
    },
    {
      name: "reversed string",
      code: `const t = '${reversed}'.split('').reverse().join('');`,
      errors: [{ messageId: "encoded", line: 1, column: 11, endColumn: 78, suggestions: useEnv(`const t = ${ENV};`) }],
    },
    {
      name: "String.fromCharCode",
      code: `const t = String.fromCharCode(${charCodes(T)});`,
      errors: [{ messageId: "encoded", line: 1, column: 11, suggestions: useEnv(`const t = ${ENV};`) }],
    },
    {
      name: "String.fromCodePoint with a spread constant array",
      code: `const CODES = [${charCodes(T)}];\nconst t = String.fromCodePoint(...CODES);`,
      errors: [{ messageId: "encoded", line: 2, column: 11, endColumn: 41, suggestions: useEnv(`const CODES = [${charCodes(T)}];\nconst t = ${ENV};`) }],
    },
    {
      name: "Buffer.from of a byte array",
      code: `const t = Buffer.from([${charCodes(T)}]).toString();`,
      errors: [{ messageId: "encoded", line: 1, column: 11, suggestions: useEnv(`const t = ${ENV};`) }],
    },
    {
      name: "spread string reversed",
      code: `const t = [...'${reversed}'].reverse().join('');`,
      errors: [{ messageId: "encoded", line: 1, column: 11, endColumn: 73, suggestions: useEnv(`const t = ${ENV};`) }],
    },
    {
      name: "globalThis.atob inside String()",
      code: `const t = String(globalThis.atob('${base64}'));`,
      errors: [{ messageId: "encoded", line: 1, column: 11, endColumn: 86, suggestions: useEnv(`const t = ${ENV};`) }],
    },
    {
      name: "base64 built from a constant, decoded in a template",
      code: `const B64 = '${base64}';\nconst h = \`Bearer \${atob(B64)}\`;`,
      errors: [{ messageId: "encoded", line: 2, column: 21, endColumn: 30, suggestions: useEnv(`const B64 = '${base64}';\nconst h = \`Bearer \${${ENV}}\`;`) }],
    },
  ],
});
