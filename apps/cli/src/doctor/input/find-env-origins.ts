import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/** Where a variable can come from, in the order a person would look. */
export type EnvOriginKind = "direnv" | "dotenv" | "vscode" | "shell";

/** A file line that sets a variable. */
export interface EnvAssignment {
  name: string;
  kind: EnvOriginKind;
  file: string;
  line: number;
  value: string;
}

/** What each kind of file is, for messages. */
export const ORIGIN_LABELS: Record<EnvOriginKind, string> = {
  direnv: "direnv (.envrc)",
  dotenv: "a .env file",
  vscode: "the Databricks VS Code extension (.databricks/databricks.env)",
  shell: "a shell start-up file",
};

/** Shell start-up files under HOME that commonly `export` variables. */
const SHELL_FILES = [".bashrc", ".bash_profile", ".profile", ".zshrc", ".zshenv", ".zprofile", join(".config", "fish", "config.fish")];

/**
 * Every line that sets one of `names` in the files that usually set them: `.envrc` (direnv),
 * `.env` and `.databricks/databricks.env` (the VS Code extension writes it for its terminals) in
 * `cwd` and every folder above, and the shell start-up files in HOME.
 */
export async function findEnvAssignments(names: ReadonlySet<string>, cwd: string, homeDir: string): Promise<EnvAssignment[]> {
  const candidates: { kind: EnvOriginKind; file: string }[] = [];
  for (let dir = cwd; ; dir = dirname(dir)) {
    candidates.push(
      { kind: "direnv", file: join(dir, ".envrc") },
      { kind: "dotenv", file: join(dir, ".env") },
      { kind: "vscode", file: join(dir, ".databricks", "databricks.env") },
    );
    if (dirname(dir) === dir) break;
  }
  for (const file of SHELL_FILES) candidates.push({ kind: "shell", file: join(homeDir, file) });
  const found: EnvAssignment[] = [];
  for (const { kind, file } of candidates) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch {
      continue;
    }
    text.split(/\r?\n/).forEach((raw, index) => {
      const parsed = parseAssignment(raw);
      if (parsed && names.has(parsed.name)) found.push({ name: parsed.name, kind, file, line: index + 1, value: parsed.value });
    });
  }
  return found;
}

/** `export NAME=value`, `NAME="value"`, `NAME='value'` (sh, direnv, dotenv) and `set -gx NAME value` (fish). */
export function parseAssignment(line: string): { name: string; value: string } | undefined {
  const text = line.trim();
  const fish = /^set\s+(?:-[a-zA-Z]+\s+)*([A-Za-z_][A-Za-z0-9_]*)\s+(.*)$/.exec(text);
  const sh = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(text);
  const match = sh ?? fish;
  if (!match) return undefined;
  return { name: match[1]!, value: unquote(match[2]!) };
}

function unquote(raw: string): string {
  const value = raw.trim();
  const quoted = /^(["'])(.*)\1\s*(?:#.*)?$/.exec(value);
  if (quoted) return quoted[2]!;
  return value.replace(/\s+#.*$/, "").trim();
}
