import { verbatim } from "./escapes.js";
import { lexGeneric } from "./dialects/generic.js";
import { lexHcl } from "./dialects/hcl.js";
import { lexJson } from "./dialects/json.js";
import { lexDotenv, lexIni } from "./dialects/line-config.js";
import { lexMarkdown } from "./dialects/markdown.js";
import { lexNotebook } from "./dialects/notebook.js";
import { lexNotebookSource } from "./dialects/notebook-source.js";
import { lexShell } from "./dialects/shell.js";
import { lexYaml } from "./dialects/yaml.js";
import { type Lexed, emptyLexed } from "./lexed.js";
import { C_FAMILY, POWERSHELL_SYNTAX, R, SCALA, SQL, TOML } from "./syntaxes.js";

/** A file type the plugin reads with its own lexer. */
export interface Dialect {
  lex(text: string): Lexed;
  /** What a suggestion puts where a whole literal holding a token was, in this file (null: no suggestion). */
  replacement(filename: string, text: string): string | null;
}

/** In a Databricks notebook the token comes from a secret scope: https://docs.databricks.com/aws/en/dev-tools/databricks-utils#secrets-utility-dbutilssecrets */
export const NOTEBOOK_REPLACEMENT = 'dbutils.secrets.get(scope="databricks", key="token")';
/** Files that hold secrets by design: the fix is to keep them out of version control. */
export const KEEP_OUT_OF_GIT = "# This file holds a secret: list it in .gitignore and revoke any token that was committed.\n";

const NOTEBOOK_SOURCE = /^\uFEFF?# Databricks notebook source/;
const none = () => null;

function lexText(text: string): Lexed {
  const lexed = emptyLexed();
  lexed.pieces.push({ kind: "prose", start: 0, end: text.length, decoded: verbatim(text, 0) });
  return lexed;
}

export const DIALECTS = {
  python: {
    lex: lexNotebookSource,
    replacement: (_filename, text) => (NOTEBOOK_SOURCE.test(text) ? NOTEBOOK_REPLACEMENT : 'os.environ["DATABRICKS_TOKEN"]'),
  },
  notebook: { lex: (text) => lexNotebook(text, lexCell), replacement: () => JSON.stringify(NOTEBOOK_REPLACEMENT).slice(1, -1) },
  shell: { lex: lexShell, replacement: () => '"$DATABRICKS_TOKEN"' },
  dockerfile: { lex: lexShell, replacement: none },
  powershell: { lex: (text) => lexGeneric(text, POWERSHELL_SYNTAX), replacement: () => "$env:DATABRICKS_TOKEN" },
  yaml: { lex: lexYaml, replacement: (filename) => (/(^|[\\/])\.github[\\/]workflows[\\/]/.test(filename) ? "${{ secrets.DATABRICKS_TOKEN }}" : null) },
  json: { lex: lexJson, replacement: none },
  markdown: { lex: (text) => lexMarkdown(text, lexFence), replacement: none },
  dotenv: { lex: lexDotenv, replacement: none },
  ini: { lex: lexIni, replacement: none },
  toml: { lex: (text) => lexGeneric(text, TOML), replacement: none },
  hcl: { lex: lexHcl, replacement: () => "var.databricks_token" },
  sql: { lex: (text) => lexGeneric(text, SQL), replacement: none },
  scala: { lex: (text) => lexGeneric(text, SCALA), replacement: none },
  r: { lex: (text) => lexGeneric(text, R), replacement: () => 'Sys.getenv("DATABRICKS_TOKEN")' },
  text: { lex: lexText, replacement: none },
} satisfies Record<string, Dialect>;

export type DialectName = keyof typeof DIALECTS;

/** Dialects whose fix is a comment on keeping the file out of git, inserted before the line. */
export const KEEP_OUT_OF_GIT_DIALECTS: ReadonlySet<DialectName> = new Set(["dotenv", "ini"]);

/** Markdown fence info strings and notebook magics (`%sh`) → dialect. */
const BY_LANGUAGE_NAME: Record<string, DialectName> = {
  python: "python",
  py: "python",
  python3: "python",
  ipython: "python",
  pyspark: "python",
  sh: "shell",
  bash: "shell",
  shell: "shell",
  zsh: "shell",
  console: "shell",
  shellsession: "shell",
  powershell: "powershell",
  ps1: "powershell",
  pwsh: "powershell",
  yaml: "yaml",
  yml: "yaml",
  json: "json",
  jsonc: "json",
  json5: "json",
  toml: "toml",
  hcl: "hcl",
  terraform: "hcl",
  tf: "hcl",
  sql: "sql",
  scala: "scala",
  r: "r",
  dockerfile: "dockerfile",
  docker: "dockerfile",
  ini: "ini",
  cfg: "ini",
  properties: "ini",
  dotenv: "dotenv",
  env: "dotenv",
  md: "markdown",
  markdown: "markdown",
  text: "text",
  txt: "text",
};

function lexFence(info: string, code: string): Lexed | null {
  const dialect = BY_LANGUAGE_NAME[info];
  if (dialect && dialect !== "markdown") return DIALECTS[dialect].lex(code);
  if (/^(?:js|javascript|jsx|ts|typescript|tsx|mjs|cjs|java|c|cpp|csharp|cs|go|rust|kotlin)$/.test(info)) return lexGeneric(code, C_FAMILY);
  return null;
}

/** A notebook cell's source, by `cell_type` (code cells are Python, or a `%magic` language). */
export function lexCell(cellType: string, source: string): Lexed {
  if (cellType === "markdown") return lexMarkdown(source, lexFence);
  if (cellType !== "code") return lexText(source);
  const magic = /^%%?(\w+)/.exec(source);
  const dialect = magic ? BY_LANGUAGE_NAME[magic[1]!.toLowerCase()] : undefined;
  return dialect && dialect !== "python" ? DIALECTS[dialect].lex(source) : lexNotebookSource(source);
}

/** A Databricks `# MAGIC %lang` cell's code, by its magic. */
export function lexMagic(language: string, code: string): Lexed {
  if (language === "md") return lexMarkdown(code, lexFence);
  const dialect = BY_LANGUAGE_NAME[language];
  return dialect ? DIALECTS[dialect].lex(code) : lexText(code);
}

const BY_EXTENSION: Record<string, DialectName> = {
  py: "python",
  ipynb: "notebook",
  sh: "shell",
  bash: "shell",
  zsh: "shell",
  ps1: "powershell",
  yml: "yaml",
  yaml: "yaml",
  json: "json",
  jsonc: "json",
  md: "markdown",
  databrickscfg: "ini",
  ini: "ini",
  cfg: "ini",
  conf: "ini",
  properties: "ini",
  netrc: "ini",
  pypirc: "ini",
  toml: "toml",
  tf: "hcl",
  tfvars: "hcl",
  sql: "sql",
  scala: "scala",
  r: "r",
  txt: "text",
};

/** The dialect that reads a file, from its name; null for a file type no dialect reads. */
export function dialectOf(filename: string): DialectName | null {
  const base = filename.split(/[\\/]/).pop() ?? "";
  if (base === ".env" || base.startsWith(".env.")) return "dotenv";
  if (base === "Dockerfile" || base.startsWith("Dockerfile.") || base.endsWith(".dockerfile")) return "dockerfile";
  const dot = base.lastIndexOf(".");
  const extension = dot < 0 ? "" : base.slice(dot + 1).toLowerCase();
  return BY_EXTENSION[extension] ?? null;
}
