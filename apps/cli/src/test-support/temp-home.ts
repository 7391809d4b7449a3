import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A temporary home folder, optionally holding a `.databrickscfg`. */
export interface TempHome {
  dir: string;
  configPath: string;
  cleanup(): Promise<void>;
}

/** A fresh temporary HOME; with `config`, its `.databrickscfg` holds it with `mode` (default 0600). */
export async function makeHome(config?: string | Buffer, mode = 0o600): Promise<TempHome> {
  const dir = await mkdtemp(join(tmpdir(), "dbcfg-cli-test-"));
  const configPath = join(dir, ".databrickscfg");
  if (config !== undefined) {
    await writeFile(configPath, config);
    await chmod(configPath, mode);
  }
  return { dir, configPath, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
