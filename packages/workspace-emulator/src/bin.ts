#!/usr/bin/env node
import { readFile } from "node:fs/promises";
import { EmulatorConfigError } from "./emulator-config-error.js";
import { normalizeSeed } from "./normalize-seed.js";
import { BIN_USAGE, parseBinArgs } from "./parse-bin-args.js";
import type { EmulatorSeed } from "./seed.js";
import { startEmulator } from "./start-emulator.js";

async function main(argv: readonly string[]): Promise<number> {
  const args = parseBinArgs(argv);
  if (args.help) {
    process.stdout.write(BIN_USAGE);
    return 0;
  }
  const seed = args.seedPath === undefined ? undefined : await readSeed(args.seedPath);
  const tls =
    args.tlsKeyPath !== undefined && args.tlsCertPath !== undefined
      ? { key: await readFile(args.tlsKeyPath), cert: await readFile(args.tlsCertPath) }
      : undefined;
  const emulator = await startEmulator({ port: args.port, host: args.host, ...(seed ? { seed } : {}), ...(tls ? { tls } : {}) });
  const admin = (seed?.users ?? [{ userName: "admin@example.com", admin: true }]).find((user) => user.admin === true);
  if (admin === undefined) {
    await emulator.close();
    throw new EmulatorConfigError("EMULATOR_INVALID_SEED", 'the seed has no admin user (set "admin": true on one user)');
  }
  process.stdout.write(`${JSON.stringify({ url: emulator.url, token: emulator.mintToken({ userName: admin.userName }) })}\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await emulator.close();
  return 0;
}

async function readSeed(path: string): Promise<EmulatorSeed> {
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new Error(`cannot read seed file ${path}: ${error.code ?? error.message}`);
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // V8's message quotes the text around the error, which may hold a token value: say only where.
    throw new Error(`seed file ${path} is not valid JSON`);
  }
  try {
    normalizeSeed(parsed);
  } catch (error) {
    if (error instanceof EmulatorConfigError) throw new EmulatorConfigError(error.code, `seed file ${path}: ${error.message}`);
    throw error;
  }
  return parsed as EmulatorSeed;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`dbcfg-emulator: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
