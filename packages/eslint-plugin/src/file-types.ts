/** Each file type `configs["all-files"]` lints: its globs and the language that reads it. */
export interface FileType {
  name: string;
  files: string[];
  language: string;
}

/**
 * Markdown is read by the official `markdown/gfm`; YAML and JSON by the official parsers of
 * eslint-plugin-yml and @eslint/json, through `@dbcfg/yaml`/`@dbcfg/json`, which fall back to the
 * plugin's lexer on a file the parser rejects; `.ipynb` by ours, which maps cell code back into the
 * file and survives a notebook that is not valid JSON.
 */
export const FILE_TYPES: readonly FileType[] = [
  { name: "python", files: ["**/*.py"], language: "@dbcfg/python" },
  { name: "notebook", files: ["**/*.ipynb"], language: "@dbcfg/notebook" },
  { name: "shell", files: ["**/*.sh", "**/*.bash", "**/*.zsh"], language: "@dbcfg/shell" },
  { name: "powershell", files: ["**/*.ps1"], language: "@dbcfg/powershell" },
  { name: "yaml", files: ["**/*.yml", "**/*.yaml"], language: "@dbcfg/yaml" },
  { name: "json", files: ["**/*.json"], language: "@dbcfg/json" },
  // JSON with comments by convention (TypeScript, VS Code, dev containers, API Extractor): read as
  // JSONC, so their comments are not parse errors. Listed after "json" so this language wins.
  {
    name: "jsonc",
    files: [
      "**/*.jsonc",
      "**/tsconfig*.json",
      "**/jsconfig*.json",
      "**/.vscode/*.json",
      "**/.devcontainer/*.json",
      "**/.devcontainer.json",
      "**/tsdoc-metadata.json",
      "**/api-extractor.json",
    ],
    language: "@dbcfg/jsonc",
  },
  { name: "markdown", files: ["**/*.md"], language: "markdown/gfm" },
  { name: "dotenv", files: ["**/.env", "**/.env.*"], language: "@dbcfg/dotenv" },
  { name: "ini", files: ["**/.databrickscfg", "**/*.ini", "**/*.cfg", "**/*.conf", "**/*.properties", "**/.netrc", "**/.pypirc"], language: "@dbcfg/ini" },
  { name: "toml", files: ["**/*.toml"], language: "@dbcfg/toml" },
  { name: "hcl", files: ["**/*.tf", "**/*.tfvars"], language: "@dbcfg/hcl" },
  { name: "sql", files: ["**/*.sql"], language: "@dbcfg/sql" },
  { name: "scala", files: ["**/*.scala"], language: "@dbcfg/scala" },
  { name: "r", files: ["**/*.r", "**/*.R"], language: "@dbcfg/r" },
  { name: "dockerfile", files: ["**/Dockerfile", "**/Dockerfile.*", "**/*.dockerfile"], language: "@dbcfg/dockerfile" },
  { name: "text", files: ["**/*.txt"], language: "@dbcfg/text" },
];
