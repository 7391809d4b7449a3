import { fakePat } from "@dbcfg/pat/testing";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CHECKS } from "../checks/index.js";
import type { CliContext } from "../context.js";
import { loadDoctorInput } from "../doctor/input/doctor-input.js";
import { runChecks } from "../doctor/engine/runner.js";
import type { Check, Finding } from "../doctor/engine/types.js";

const FIXTURES = fileURLToPath(new URL("../../test/fixtures/doctor/", import.meta.url));

/** Reads `test/fixtures/doctor/<dir>/<name>` and fills `{{TOKEN_A}}`-style and `{{URL}}` placeholders. */
export async function loadFixture(dir: string, name: string, values: Record<string, string> = {}): Promise<string> {
  const text = await readFile(join(FIXTURES, dir, name), "utf8");
  return fillPlaceholders(text, values);
}

/** Replaces `{{NAME}}` with `values[NAME]`, minting a fake PAT for every unset `TOKEN_*`. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{([A-Z_]+)\}\}/g, (_m, name: string) => {
    if (values[name] === undefined) {
      if (!name.startsWith("TOKEN")) throw new Error(`fixture placeholder {{${name}}} has no value`);
      values[name] = fakePat();
    }
    return values[name];
  });
}

/** A temporary home folder, optionally holding a `.databrickscfg`. */
export interface TempHome {
  dir: string;
  configPath: string;
  cleanup(): Promise<void>;
}

export async function makeHome(config?: string | Buffer, mode = 0o600): Promise<TempHome> {
  const dir = await mkdtemp(join(tmpdir(), "dbcfg-doctor-test-"));
  const configPath = join(dir, ".databrickscfg");
  if (config !== undefined) {
    await writeFile(configPath, config);
    await chmod(configPath, mode);
  }
  return { dir, configPath, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A CliContext over buffers, for in-process runs. */
export interface FakeCli extends CliContext {
  stdoutText(): string;
  stderrText(): string;
}

export function fakeCli(options: { home: string; env?: Record<string, string>; fetch?: typeof fetch; now?: () => number; tty?: boolean }): FakeCli {
  let out = "";
  let err = "";
  return {
    env: { HOME: options.home, ...options.env },
    homeDir: options.home,
    cwd: options.home,
    stdout: { write: (t) => void (out += t), isTTY: options.tty ?? false },
    stderr: { write: (t) => void (err += t), isTTY: options.tty ?? false },
    readStdin: () => Promise.resolve(""),
    stdinIsTTY: false,
    fetch: options.fetch ?? globalThis.fetch,
    now: options.now ?? (() => Date.now()),
    stdoutText: () => out,
    stderrText: () => err,
  };
}

function withPrerequisites(check: Check): Check[] {
  const wanted = new Set<string>();
  const visit = (id: string) => {
    if (wanted.has(id)) return;
    wanted.add(id);
    const found = CHECKS.find((c) => c.id === id);
    if (!found) throw new Error(`unknown check ${id}`);
    found.requires.forEach(visit);
  };
  check.requires.forEach(visit);
  return [...CHECKS.filter((c) => wanted.has(c.id)), check];
}

/** Runs one check (and the checks it requires) and returns that check's findings. */
export async function runOneCheck(
  check: Check,
  cli: CliContext,
  options: { profile?: string; allProfiles?: boolean; offline?: boolean; timeoutMs?: number } = {},
): Promise<Finding[]> {
  const input = await loadDoctorInput(cli, { ...(options.profile !== undefined ? { profile: options.profile } : {}), allProfiles: options.allProfiles ?? false });
  const findings = await runChecks(withPrerequisites(check), input, cli, { offline: options.offline ?? false, timeoutMs: options.timeoutMs ?? 5000 });
  return findings.filter((f) => f.id === check.id);
}

/** Writes `config` to a temp home, runs one check there, cleans up. */
export async function checkConfig(
  check: Check,
  config: string | Buffer | undefined,
  options: { env?: Record<string, string>; mode?: number; profile?: string; allProfiles?: boolean; offline?: boolean; now?: () => number } = {},
): Promise<Finding[]> {
  const home = await makeHome(config, options.mode);
  try {
    const cli = fakeCli({ home: home.dir, ...(options.env ? { env: options.env } : {}), ...(options.now ? { now: options.now } : {}) });
    return await runOneCheck(check, cli, options);
  } finally {
    await home.cleanup();
  }
}
