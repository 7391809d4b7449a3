import { readFileSync, writeFileSync } from "node:fs";
import { startEmulator, type Emulator, type EmulatorOptions } from "@dbcfg/workspace-emulator";
import { loadFixture } from "./doctor-harness.js";
import { fakeContext, type FakeContext } from "./fake-context.js";
import { makeHome, type TempHome } from "./temp-home.js";

/** A running emulator on 127.0.0.1, a temporary HOME, and a fake context on it. */
export interface EmulatorHome {
  emulator: Emulator;
  home: TempHome;
  /** A context whose HOME is `home` and whose clock is the emulator's (tests can jump days ahead). */
  cli: FakeContext;
  writeConfig(text: string): void;
  readConfig(): string;
  close(): Promise<void>;
}

/** Starts the emulator (port 0, no token yet) with an empty temporary HOME. */
export async function emulatorHome(options: EmulatorOptions & { env?: Record<string, string> } = {}): Promise<EmulatorHome> {
  const emulator = await startEmulator(options);
  const home = await makeHome();
  const cli = fakeContext({ homeDir: home.dir, ...(options.env ? { env: options.env } : {}), now: () => emulator.clock.now() });
  return {
    emulator,
    home,
    cli,
    writeConfig: (text) => writeFileSync(home.configPath, text, { mode: 0o600 }),
    readConfig: () => readFileSync(home.configPath, "utf8"),
    close: async () => {
      await emulator.close();
      await home.cleanup();
    },
  };
}

/**
 * {@link emulatorHome} plus a token minted for `userName` (default the admin), and a
 * `.databrickscfg` that is `fixture` (default `online/emulator.databrickscfg`) with `{{URL}}` and
 * `{{TOKEN_A}}` (that token) filled in.
 */
export async function startEmulatorHome(
  options: EmulatorOptions & {
    env?: Record<string, string>;
    userName?: string;
    lifetimeDays?: number;
    fixture?: [string, string];
    values?: Record<string, string>;
  } = {},
): Promise<EmulatorHome & { token: string }> {
  const env = await emulatorHome(options);
  const token = env.emulator.mintToken({ userName: options.userName ?? "admin@example.com", lifetimeSeconds: (options.lifetimeDays ?? 30) * 86400 });
  const [dir, name] = options.fixture ?? ["online", "emulator.databrickscfg"];
  env.writeConfig(await loadFixture(dir, name, { URL: env.emulator.url, TOKEN_A: token, ...options.values }));
  return { ...env, token };
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
