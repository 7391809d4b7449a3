import { describe } from "vitest";
import { PREFIX as P, fakeBody, fakeToken } from "../support/fake-token.js";
import { locate, runInLanguage } from "../support/text-tester.js";

const T = fakeToken("markdown");
const H = fakeBody("markdown");
const fence = (info: string, code: string) => `# Setup\n\nRun this:\n\n\`\`\`${info}\n${code}\n\`\`\`\n`;

describe("Markdown (@eslint/markdown's markdown/gfm)", () => {
  const prose = `Your token looks like \`${P}…\`; this one is real: ${T}.`;
  const python = fence("python", `token = "${P}" + "${H}"`);
  const bash = fence("bash", `P1=${P}\nP2=${H}\ncurl -H "Authorization: Bearer $P1$P2"`);
  const yaml = fence("yaml", `env:\n  DATABRICKS_TOKEN: "\\x64api${H}"`);
  const unknown = fence("text", `token ${T}`);
  runInLanguage("markdown/gfm", "README.md", {
    valid: [
      `Export \`DATABRICKS_TOKEN\` first: \`export DATABRICKS_TOKEN=${P}<your-token>\`.`,
      fence("python", 'token = os.environ["DATABRICKS_TOKEN"]'),
      fence("yaml", "token: ${{ secrets.DATABRICKS_TOKEN }}"),
      fence("bash", `echo ${H} ${P}${H.slice(0, 31)} ${P}${"0".repeat(32)}`),
      `Tokens start with \`${P}\` followed by 32 hex digits, e.g. \`${P}${"X".repeat(32)}\`.`,
    ],
    invalid: [
      { code: prose, errors: [{ messageId: "literal", ...locate(prose, T) }] },
      { code: python, errors: [{ messageId: "concat", ...locate(python, `"${P}"`) }] },
      { code: bash, errors: [{ messageId: "binding", ...locate(bash, "$P1$P2") }] },
      { code: yaml, errors: [{ messageId: "escaped", ...locate(yaml, "\\x64") }] },
      { code: unknown, errors: [{ messageId: "literal", ...locate(unknown, T) }] },
      { code: `<!-- ${T} -->`, errors: [{ messageId: "literal", line: 1, column: 6 }] },
    ],
  });
});
