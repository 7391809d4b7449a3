import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startEmulator, type Emulator, type EmulatorOptions } from "@dbcfg/workspace-emulator";
import { tempHome } from "./fake-context.js";

/** A running emulator, a temporary HOME and helpers to write and read its `.databrickscfg`. */
export interface EmulatorHome {
  emu: Emulator;
  home: string;
  configPath: string;
  writeConfig(text: string): void;
  readConfig(): string;
  close(): Promise<void>;
}

export async function emulatorHome(options: EmulatorOptions = {}): Promise<EmulatorHome> {
  const emu = await startEmulator(options);
  const { dir, cleanup } = tempHome();
  const configPath = join(dir, ".databrickscfg");
  return {
    emu,
    home: dir,
    configPath,
    writeConfig: (text) => writeFileSync(configPath, text, { mode: 0o600 }),
    readConfig: () => readFileSync(configPath, "utf8"),
    async close() {
      await emu.close();
      cleanup();
    },
  };
}

/** Asks the emulator who `token` is, over HTTP: the user name, or the HTTP status of the refusal. */
export async function whoIs(emu: Emulator, token: string): Promise<string | number> {
  const response = await fetch(`${emu.url}/api/2.0/preview/scim/v2/Me`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) return response.status;
  return ((await response.json()) as { userName: string }).userName;
}

/** The tokens `token`'s user holds, as the emulator lists them. */
export async function listTokens(emu: Emulator, token: string): Promise<{ token_id: string; comment?: string; creation_time: number; expiry_time: number }[]> {
  const response = await fetch(`${emu.url}/api/2.0/token/list`, { headers: { Authorization: `Bearer ${token}` } });
  return ((await response.json()) as { token_infos?: [] }).token_infos ?? [];
}
