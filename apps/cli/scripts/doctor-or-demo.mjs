#!/usr/bin/env node
// `npm run doctor`: runs `dbcfg doctor` on the user's Databricks config file, or — on a machine
// that has none yet — `dbcfg doctor --demo`, which shows the doctor at work against a local
// emulator. The config file is found the way the SDKs find it (DATABRICKS_CONFIG_FILE, else
// ~/.databrickscfg), through @dbcfg/config-file. Extra arguments are passed on to the doctor.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { resolveConfigFilePath } from "@dbcfg/config-file";

const bin = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "bin.cjs");
if (!existsSync(bin)) {
  console.error(`dbcfg is not built (${bin} is missing): run \`npm run build\` first.`);
  process.exit(2);
}
const { path } = resolveConfigFilePath({ env: process.env, homeDir: homedir() });
const useDemo = !existsSync(path);
if (useDemo) console.error(`No Databricks config file at ${path}: running the demo instead (dbcfg doctor --demo).\n`);
const args = ["doctor", ...(useDemo ? ["--demo"] : []), ...process.argv.slice(2)];
const result = spawnSync(process.execPath, [bin, ...args], { stdio: "inherit" });
process.exit(result.status ?? 2);
