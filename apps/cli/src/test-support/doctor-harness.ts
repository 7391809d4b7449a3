import { fakePat } from "@dbcfg/pat/testing";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CHECKS } from "../checks/index.js";
import type { CliContext } from "../context.js";
import { loadDoctorInput } from "../doctor/input/doctor-input.js";
import { runChecks } from "../doctor/engine/runner.js";
import type { Check, Finding } from "../doctor/engine/types.js";
import { fakeContext } from "./fake-context.js";
import { makeHome } from "./temp-home.js";

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
  const input = await loadDoctorInput(cli, {
    ...(options.profile !== undefined ? { profile: options.profile } : {}),
    allProfiles: options.allProfiles ?? false,
  });
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
    const cli = fakeContext({ homeDir: home.dir, ...(options.env ? { env: options.env } : {}), ...(options.now ? { now: options.now } : {}) });
    return await runOneCheck(check, cli, options);
  } finally {
    await home.cleanup();
  }
}

/** Reads a `KEY=VALUE` environment fixture (`#` comments, blank lines ignored) with placeholders filled. */
export async function loadEnvFixture(dir: string, name: string, values: Record<string, string> = {}): Promise<Record<string, string>> {
  const lines = (await loadFixture(dir, name, values)).split(/\r?\n/).filter((line) => line.trim() !== "" && !line.startsWith("#"));
  return Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]));
}
