import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A git repository built by a test, with commits at chosen author dates. */
export interface TestRepo {
  dir: string;
  git(...args: string[]): string;
  /** Writes (string or bytes) or deletes (null) files, stages everything and commits; returns the sha. */
  commit(files: Record<string, string | Buffer | null>, message: string, day: number): string;
  write(files: Record<string, string | Buffer | null>): void;
  cleanup(): void;
}

const BASE_DATE = Date.UTC(2025, 0, 1) / 1000;

/** The ISO author date of commit day `day` of a {@link TestRepo}. */
export const dayDate = (day: number): string => new Date((BASE_DATE + day * 86_400) * 1000).toISOString();

export function makeRepo(): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), "dbcfg-scan-"));
  // An empty global config of our own: the user's (signing, hooks, default branch) must not apply.
  const globalConfig = `${dir}.gitconfig`;
  writeFileSync(globalConfig, "");
  const env = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: globalConfig,
    GIT_AUTHOR_NAME: "Test",
    GIT_AUTHOR_EMAIL: "t@example.com",
    GIT_COMMITTER_NAME: "Test",
    GIT_COMMITTER_EMAIL: "t@example.com",
  };
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, env, encoding: "utf8" }).trim();
  git("init", "-q", "-b", "main");
  const write = (files: Record<string, string | Buffer | null>) => {
    for (const [path, content] of Object.entries(files)) {
      const file = join(dir, path);
      if (content === null) unlinkSync(file);
      else {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
      }
    }
  };
  return {
    dir,
    git,
    write,
    commit(files, message, day) {
      write(files);
      git("add", "-A");
      const date = `${BASE_DATE + day * 86_400} +0000`;
      execFileSync("git", ["commit", "-q", "--allow-empty", "-m", message], { cwd: dir, env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
      return git("rev-parse", "HEAD");
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
      rmSync(globalConfig, { force: true });
    },
  };
}
