import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = resolve(here, "..", "..", "..");
const repoDir = resolve(packageDir, "..", "..");

/** `test/fixtures/dialects` of this package. */
export const DIALECT_FIXTURES_DIR = join(packageDir, "test", "fixtures", "dialects");
/** The shared conformance folder beside the repository (`../shared/conformance`), never copied. */
export const CONFORMANCE_DIR = resolve(repoDir, "..", "shared", "conformance");

/** What a reference reader printed for one file. */
export type ReferenceResult = { profiles: Record<string, Record<string, string>> } | { error: string };

/** Every fixture file of the dialect tests, as absolute paths. */
export function dialectFixturePaths(): string[] {
  return readdirSync(DIALECT_FIXTURES_DIR)
    .filter((name) => name.endsWith(".databrickscfg"))
    .sort()
    .map((name) => join(DIALECT_FIXTURES_DIR, name));
}

/** Every `.databrickscfg` under the conformance `testdata/`. */
export function conformanceTestdataPaths(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === ".databrickscfg") found.push(path);
    }
  };
  walk(join(CONFORMANCE_DIR, "testdata"));
  return found.sort();
}

const tempDirs: string[] = [];

function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Removes every folder `writeTempFiles` and `buildGoReader` made (call it in `afterAll`). */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes texts to files in a fresh temporary folder and returns their paths. */
export function writeTempFiles(texts: readonly string[]): string[] {
  const dir = makeTempDir("dbcfg-dialects-");
  return texts.map((text, index) => {
    const path = join(dir, `case-${index}.databrickscfg`);
    writeFileSync(path, text, "utf8");
    return path;
  });
}

export function hasCommand(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "ignore" }).status === 0;
}

/** Where Debian's `golang-gopkg-ini.v1-dev` puts the ini.v1 sources (GOPATH layout). */
export const DEBIAN_GOPATH = "/usr/share/gocode";
const DEBIAN_INI_V1_DIR = join(DEBIAN_GOPATH, "src", "gopkg.in", "ini.v1");

/** Why the Go reference reader cannot run here (`undefined` when it can). */
export function goReaderMissing(): string | undefined {
  const missing = [
    ...(hasCommand("go", ["version"]) ? [] : ["`go` on PATH (apt-get install golang-go)"]),
    ...(existsSync(DEBIAN_INI_V1_DIR) ? [] : [`${DEBIAN_INI_V1_DIR} (apt-get install golang-gopkg-ini.v1-dev)`]),
  ];
  return missing.length === 0 ? undefined : `needs ${missing.join(" and ")}`;
}

/** Why the Python reference reader cannot run here (`undefined` when it can). */
export function pythonReaderMissing(): string | undefined {
  return hasCommand("python3", ["-c", "import configparser, sys; assert sys.version_info >= (3, 11)"])
    ? undefined
    : "needs python3 >= 3.11 on PATH (apt-get install python3)";
}

function runLines(command: string, args: string[], paths: string[], env?: NodeJS.ProcessEnv): ReferenceResult[] {
  const results: ReferenceResult[] = [];
  const batch = 200;
  for (let i = 0; i < paths.length; i += batch) {
    const out = execFileSync(command, [...args, ...paths.slice(i, i + batch)], {
      encoding: "utf8",
      env,
      maxBuffer: 256 * 1024 * 1024,
    });
    results.push(
      ...out
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as ReferenceResult),
    );
  }
  return results;
}

/** Runs CPython's configparser (`python-reader.py`) over `paths`. */
export function runPythonReader(paths: string[]): ReferenceResult[] {
  return runLines("python3", [join(here, "python-reader.py")], paths);
}

/**
 * Builds `test/go-reader` against Debian's gopkg.in/ini.v1 (`/usr/share/gocode`, GOPATH mode,
 * offline) into a temporary folder and returns a function that runs it.
 */
export function buildGoReader(): (paths: string[]) => ReferenceResult[] {
  const work = makeTempDir("dbcfg-go-reader-");
  const env = {
    ...process.env,
    GOPATH: DEBIAN_GOPATH,
    GO111MODULE: "off",
    GOFLAGS: "",
    GOPROXY: "off",
    GOCACHE: join(work, "cache"),
  };
  const binary = join(work, "go-reader");
  execFileSync("go", ["build", "-o", binary, join(packageDir, "test", "go-reader", "main.go")], { env, stdio: "pipe" });
  return (paths) => runLines(binary, [], paths);
}

export function readText(path: string): string {
  return readFileSync(path, "utf8");
}
