import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PREFIX, fakeBody, fakeToken } from "./fake-token.js";
import { BUILT_PLUGIN, type Finding } from "./fixture-project.js";

const RULE = "@dbcfg/no-hardcoded-pat";

/**
 * A project with one file per type `configs["all-files"]` covers, each hiding a token (built
 * here, at run time) in a way its language allows, a clean file, a disabled finding, and an
 * `eslint.config.mjs` that spreads the built plugin's `all-files`.
 */
export function createAllFilesProject() {
  const dir = mkdtempSync(join(tmpdir(), "dbcfg-all-files-"));
  const token = (seed: string) => fakeToken(`all-files-${seed}`);
  const body = (seed: string) => fakeBody(`all-files-${seed}`);
  const files: Record<string, string> = {
    "src/app.js": `export const t = "${token("js")}";`,
    "src/view.jsx": `export const View = () => <Client token="${token("jsx")}" />;`,
    "src/client.ts": `export const t: string = "${PREFIX}" + "${body("ts")}";`,
    "jobs/etl.py": `import os\nPREFIX = "${PREFIX}"\nTOKEN = PREFIX + "${body("py")}"\n# eslint-disable-next-line ${RULE} -- documented fake\nFAKE = "${token("fake")}"`,
    "notebooks/explore.py": `# Databricks notebook source\n# COMMAND ----------\n# MAGIC %sh\n# MAGIC curl -H "Authorization: Bearer ${token("magic")}"`,
    "notebooks/report.ipynb": JSON.stringify(
      { cells: [{ cell_type: "code", metadata: {}, outputs: [], source: [`token = "${token("ipynb")}"`] }], metadata: {}, nbformat: 4, nbformat_minor: 5 },
      null,
      1,
    ),
    "notebooks/broken.ipynb": `{"cells": [{"source": ["t = '${token("broken")}'"`,
    "scripts/deploy.sh": `#!/bin/sh\nTOKEN="${PREFIX}"'${body("sh")}'\n`,
    "scripts/deploy.ps1": `$token = '${token("ps1")}'`,
    ".github/workflows/ci.yml": `on: push\njobs:\n  d:\n    env:\n      DATABRICKS_TOKEN: ${token("yml")}\n`,
    "k8s/broken.yaml": `a: [unclosed\n  token: ${token("broken-yaml")}\n`,
    "k8s/secret.yaml": `kind: Secret\ndata:\n  token: ${Buffer.from(token("k8s")).toString("base64")}\n`,
    "config/settings.json": `{"token": "\\u0064api${body("json")}"}`,
    "config/settings.jsonc": `{\n  // ${token("jsonc")}\n}`,
    "README.md": `# Demo\n\n\`\`\`bash\nexport DATABRICKS_TOKEN=${token("md")}\n\`\`\`\n`,
    ".env": `DATABRICKS_TOKEN=${token("env")}\n`,
    ".databrickscfg": `[DEFAULT]\ntoken = ${token("cfg")}\n`,
    "pyproject.toml": `[tool.x]\ntoken = "${token("toml")}"\n`,
    "infra/main.tf": `provider "databricks" {\n  token = join("", ["${PREFIX}", "${body("tf")}"])\n}\n`,
    "sql/q.sql": `SELECT '${PREFIX}' || '${body("sql")}'`,
    "src/Job.scala": `val token = "${token("scala")}"`,
    "r/a.R": `token <- "${token("r")}"`,
    Dockerfile: `FROM python:3.12\nENV DATABRICKS_TOKEN=${token("docker")}\n`,
    "notes.txt": `token ${token("txt")}`,
    "clean.py": 'import os\nTOKEN = os.environ["DATABRICKS_TOKEN"]\n',
    "eslint.config.mjs": `import plugin from ${JSON.stringify(BUILT_PLUGIN.href)};\nexport default [...plugin.configs["all-files"]];\n`,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const at = (file: string, messageId: string, line: number, column: number): Finding => ({ file, ruleId: RULE, messageId, line, column });
  const expected: Finding[] = [
    at(".databrickscfg", "literal", 2, 9),
    at(".env", "literal", 1, 18),
    at(".github/workflows/ci.yml", "literal", 5, 25),
    at("Dockerfile", "literal", 2, 22),
    at("README.md", "literal", 4, 25),
    at("config/settings.json", "escaped", 1, 12),
    at("config/settings.jsonc", "comment", 2, 6),
    at("infra/main.tf", "concat", 2, 21),
    at("jobs/etl.py", "binding", 3, 9),
    at("k8s/broken.yaml", "unparsable", 1, 4),
    at("k8s/broken.yaml", "literal", 2, 10),
    at("k8s/secret.yaml", "encoded", 3, 10),
    { file: "notebooks/broken.ipynb", ruleId: RULE, messageId: "literal", line: 1, column: 30 },
    { file: "notebooks/broken.ipynb", ruleId: RULE, messageId: "unparsable", line: 1, column: 68 },
    at("notebooks/explore.py", "literal", 4, 40),
    at("notebooks/report.ipynb", "literal", 8, 16),
    at("notes.txt", "literal", 1, 7),
    at("pyproject.toml", "literal", 2, 10),
    at("r/a.R", "literal", 1, 11),
    at("scripts/deploy.ps1", "literal", 1, 11),
    at("scripts/deploy.sh", "concat", 2, 7),
    at("sql/q.sql", "concat", 1, 8),
    at("src/Job.scala", "literal", 1, 14),
    at("src/app.js", "literal", 1, 19),
    at("src/client.ts", "concat", 1, 26),
    at("src/view.jsx", "literal", 1, 42),
  ];
  const tokens = [
    "js",
    "jsx",
    "ts",
    "py",
    "fake",
    "magic",
    "ipynb",
    "broken",
    "broken-yaml",
    "sh",
    "ps1",
    "yml",
    "k8s",
    "json",
    "jsonc",
    "md",
    "env",
    "cfg",
    "toml",
    "tf",
    "sql",
    "scala",
    "r",
    "docker",
    "txt",
  ].map(token);
  return { dir, expected, bodies: tokens.map((t) => t.slice(PREFIX.length)) };
}
