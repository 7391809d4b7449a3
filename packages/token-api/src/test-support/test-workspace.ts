import { startEmulator, type Emulator, type EmulatorOptions } from "@dbcfg/workspace-emulator";
import { createTokenClient, type TokenClient } from "../create-token-client.js";
import type { TokenClientOptions } from "../client-options.js";
import { fakeClock } from "./scripted-fetch.js";

/** A running emulator with an admin and a non-admin token, and a factory for clients of it. */
export interface TestWorkspace {
  emulator: Emulator;
  adminToken: string;
  userToken: string;
  /** A client of the emulator (admin by default) whose retry waits run on a fake clock. */
  client(options?: Partial<TokenClientOptions>): TokenClient;
  /** Waits the fake clock slept, in order, across every client made by `client()`. */
  sleeps: number[];
  /** Requests the emulator received for `path` (attempt counting). */
  requestsTo(path: string, method?: string): number;
  close(): Promise<void>;
}

export async function startTestWorkspace(options: EmulatorOptions = {}): Promise<TestWorkspace> {
  const emulator = await startEmulator(options);
  const adminToken = emulator.mintToken({ userName: "admin@example.com", comment: "test admin" });
  const userToken = emulator.mintToken({ userName: "user@example.com", comment: "test user" });
  const clock = fakeClock();
  return {
    emulator,
    adminToken,
    userToken,
    sleeps: clock.sleeps,
    client: (overrides = {}) =>
      createTokenClient({
        host: emulator.url,
        token: adminToken,
        timeoutMs: 5_000,
        ...overrides,
        retry: { now: clock.now, sleep: clock.sleep, random: () => 0, ...overrides.retry },
      }),
    requestsTo: (path, method) => emulator.requests.filter((r) => r.path === path && (method === undefined || r.method === method)).length,
    close: () => emulator.close(),
  };
}
