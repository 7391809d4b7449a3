// Every command a README advertises works: each root `package.json` script a README names (run
// with a temporary HOME), and each command line of a README's shell code blocks. A README line
// that no rule below knows how to try fails the test, so a new advertised command cannot slip by.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakePat } from "@dbcfg/pat/testing";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const rootScripts = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts;
const BIN = { dbcfg: join(root, "apps", "cli", "dist", "bin.cjs"), "dbcfg-emulator": join(root, "packages", "workspace-emulator", "dist", "bin.js") };
const SLOW_MS = 600_000;

/** Root scripts that are not run here, and why. */
const NOT_RUN = {
  test: "it is the command that runs this test (recursion)",
  bench: "too slow for a test; the benchmark runner and every file it runs are checked to exist and parse instead",
  format: "it rewrites every source file of the working tree",
  "format:check": "CI runs it as a step of its own (.ci/run); here it would fail every test run on formatting alone",
};
/** Commands of README code blocks that are not run here, and why. */
const NOT_RUN_COMMANDS = {
  "npm ci": "reinstalls node_modules from the lock file under the running test; CI starts with it",
  "npx eslint --cache --cache-location .eslintcache --cache-strategy content --concurrency=auto .":
    "a recipe for the user's own project: packages/eslint-plugin/tests/all-files-project.test.ts runs ESLint with all-files, --cache and --concurrency on a generated project of every file type",
};
/** Stand-ins for commands of a README pipeline that need a desktop: what they would print. */
const PIPE_SOURCES = { pbpaste: fakePat };

function readmes() {
  const found = [join(root, "README.md")];
  for (const group of ["apps", "packages"]) {
    for (const dir of readdirSync(join(root, group))) if (existsSync(join(root, group, dir, "README.md"))) found.push(join(root, group, dir, "README.md"));
  }
  return found;
}

/** `npm run <name>` anywhere in a README (prose or code), with the README it is in. */
function namedScripts() {
  const names = new Map();
  for (const file of readmes()) {
    for (const [, name] of readFileSync(file, "utf8").matchAll(/npm run ([\w:-]+)/g)) names.set(name, [...(names.get(name) ?? []), relative(root, file)]);
  }
  return names;
}

/** Each line of a shell code block (```sh/bash/shell), comments removed, split at `&&`. */
function commandLines() {
  const lines = [];
  for (const file of readmes()) {
    for (const [, body] of readFileSync(file, "utf8").matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```/gm)) {
      for (const line of body.split("\n")) {
        const command = line.replace(/\s+#\s.*$/, "").trim();
        if (command !== "") for (const part of command.split("&&")) lines.push({ file: relative(root, file), command: part.trim() });
      }
    }
  }
  return lines;
}

let home;
beforeAll(() => {
  for (const bin of Object.values(BIN)) if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run build first.`);
  home = mkdtempSync(join(tmpdir(), "dbcfg-readme-"));
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** A clean environment: a temporary HOME, no DATABRICKS_* variables, no colour. */
const cleanEnv = () => ({ PATH: process.env.PATH ?? "", HOME: home, USERPROFILE: home, NO_COLOR: "1", TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" });

/** Runs a command asynchronously (an npm script can take a while; the event loop keeps running). */
function run(file, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd: options.cwd ?? root, env: { ...cleanEnv(), ...options.env }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}

/** `dbcfg doctor [-p P | --all-profiles] …`: a usage line, not a command to run (it has [options] or a|b choices). */
const isSynopsis = (command) => /\[|\w\|\w/.test(command);
const flagsOf = (synopsis) => [...new Set(synopsis.match(/(?<![\w-])--?[a-z][\w-]*/g) ?? [])];

describe("root scripts named in a README", () => {
  const named = namedScripts();

  it("names only scripts that exist (at the root or in that README's package)", () => {
    for (const [name, files] of named) {
      const inPackage = files.some((file) => {
        const manifest = join(root, dirname(file), "package.json");
        return file !== "README.md" && existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).scripts?.[name] !== undefined;
      });
      expect(rootScripts[name] !== undefined || inPackage, `npm run ${name} (named in ${files.join(", ")}) is no script`).toBe(true);
    }
  });

  for (const [name, files] of named) {
    if (rootScripts[name] === undefined) continue;
    if (NOT_RUN[name]) {
      it.skip(`npm run ${name} — not run: ${NOT_RUN[name]}`, () => {});
      continue;
    }
    it(`npm run ${name} (named in ${files.join(", ")}) exits 0 in a temporary HOME`, { timeout: SLOW_MS }, async () => {
      const result = await run("npm", ["run", "--silent", name]);
      expect(result.code, `npm run ${name}:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`).toBe(0);
    });
  }

  it("npm run bench: the runner and every benchmark it runs exist and parse", () => {
    expect(rootScripts.bench).toContain("node bench/run.mjs");
    const benches = readdirSync(join(root, "bench")).filter((f) => f.endsWith(".bench.mjs"));
    expect(benches.length).toBeGreaterThan(0);
    for (const file of ["run.mjs", ...benches]) {
      const check = spawnSync(process.execPath, ["--check", join(root, "bench", file)], { encoding: "utf8" });
      expect(check.status, `${file}: ${check.stderr}`).toBe(0);
    }
  });
});

describe("command lines of README code blocks", () => {
  const lines = commandLines();

  it("finds the README commands", () => {
    expect(lines.map((l) => l.command)).toEqual(expect.arrayContaining(["npm run doctor", "npm run demo", "dbcfg doctor"]));
  });

  for (const { file, command } of lines) {
    const [pipeSource, pipeTarget] = command.includes(" | ") && !isSynopsis(command) ? command.split(" | ") : [undefined, command];
    const words = pipeTarget.split(/\s+/);
    const title = `${file}: ${command}`;
    if (NOT_RUN_COMMANDS[command]) {
      it.skip(`${title} — not run: ${NOT_RUN_COMMANDS[command]}`, () => {});
    } else if (words[0] === "npm") {
      it(`${title} — an npm command this test runs as a root script`, () => {
        const script = words[1] === "run" ? words[2] : words[1];
        expect(rootScripts[script], `${command}: no root script "${script}"`).toBeDefined();
        expect(namedScripts().has(script) || NOT_RUN[script] !== undefined, `${command} is neither run above nor skipped with a reason`).toBe(true);
      });
    } else if (BIN[words[0]] && isSynopsis(pipeTarget)) {
      it(`${title} — every flag of this usage line is in --help`, async () => {
        const subcommands = words[1] && !words[1].startsWith("-") && !words[1].startsWith("[") ? words[1].split("|") : [undefined];
        for (const sub of subcommands) {
          const nested = words[2] && /^[a-z]+(\|[a-z]+)+$/.test(words[2]) ? words[2].split("|") : [undefined];
          for (const leaf of nested) {
            const args = [sub, leaf].filter((a) => a !== undefined);
            const result = await run(process.execPath, [BIN[words[0]], ...args, "--help"]);
            expect(result.code, `${words[0]} ${args.join(" ")} --help: ${result.stderr}`).toBe(0);
            for (const flag of flagsOf(pipeTarget).filter((f) => f !== "--help"))
              expect(result.stdout, `${flag} in ${words[0]} ${args.join(" ")} --help`).toContain(flag);
          }
        }
      });
    } else if (BIN[words[0]]) {
      const source = pipeSource === undefined ? undefined : PIPE_SOURCES[pipeSource];
      it(
        `${title} — runs in an empty temporary HOME without a usage or internal error${pipeSource ? ` (stdin: what ${pipeSource} would print)` : ""}`,
        { timeout: 60_000 },
        async () => {
          if (pipeSource !== undefined) expect(source, `no stand-in for "${pipeSource}" in PIPE_SOURCES`).toBeDefined();
          const stdin = source?.();
          // A HOME of its own: what one command writes (configure) is never read by another.
          const ownHome = mkdtempSync(join(tmpdir(), "dbcfg-readme-cmd-"));
          try {
            const env = { HOME: ownHome, USERPROFILE: ownHome };
            const result = await run(process.execPath, [BIN[words[0]], ...words.slice(1)], stdin === undefined ? { env } : { env, stdin });
            expect(result.code, `${command}:\n${result.stdout}\n${result.stderr}`).not.toBe(2);
            expect(result.stderr).not.toContain("Internal error");
            if (stdin !== undefined) expect(result.stdout + result.stderr).not.toContain(stdin.slice(4));
          } finally {
            rmSync(ownHome, { recursive: true, force: true });
          }
        },
      );
    } else {
      it(`${title} — is a command this test knows how to try`, () => {
        expect.fail(`add a rule for "${command}" to scripts/readme-commands.test.mjs (or skip it with a reason)`);
      });
    }
  }
});
