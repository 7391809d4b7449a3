import { startEmulator, type Emulator, type EmulatorOptions } from "@dbcfg/workspace-emulator";
import { fakeCli, loadFixture, makeHome, type FakeCli, type TempHome } from "./doctor-harness.js";

/** A running emulator plus a temp HOME whose `[DEFAULT]` points at it with a minted token. */
export interface EmulatorHome {
  emulator: Emulator;
  home: TempHome;
  cli: FakeCli;
  token: string;
  close(): Promise<void>;
}

/**
 * Starts the workspace emulator on 127.0.0.1 (port 0), mints a token for `userName` (default the
 * admin) and writes `fixture` (default `online/emulator.databrickscfg`) with `{{URL}}`/`{{TOKEN_A}}` filled.
 * The CLI clock is the emulator clock, so tests can jump days ahead.
 */
export async function startEmulatorHome(
  options: EmulatorOptions & { userName?: string; lifetimeDays?: number; fixture?: [string, string]; values?: Record<string, string>; env?: Record<string, string> } = {},
): Promise<EmulatorHome> {
  const emulator = await startEmulator(options);
  const token = emulator.mintToken({ userName: options.userName ?? "admin@example.com", lifetimeSeconds: (options.lifetimeDays ?? 30) * 86400 });
  const [dir, name] = options.fixture ?? ["online", "emulator.databrickscfg"];
  const text = await loadFixture(dir, name, { URL: emulator.url, TOKEN_A: token, ...options.values });
  const home = await makeHome(text);
  const cli = fakeCli({ home: home.dir, ...(options.env ? { env: options.env } : {}), now: () => emulator.clock.now() });
  return {
    emulator,
    home,
    cli,
    token,
    close: async () => {
      await emulator.close();
      await home.cleanup();
    },
  };
}
