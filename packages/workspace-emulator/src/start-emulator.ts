import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { Socket } from "node:net";
import { inspect } from "node:util";
import { ApiFailure } from "./api-failure.js";
import { createClock, type EmulatorClock } from "./clock.js";
import { createToken } from "./create-token.js";
import { EmulatorConfigError } from "./emulator-config-error.js";
import type { Fault } from "./fault.js";
import { FaultRegistry, type FaultController } from "./fault-registry.js";
import { handleRequest } from "./handle-request.js";
import { toClientAddress } from "./ip-access-list.js";
import { normalizeSeed } from "./normalize-seed.js";
import type { RecordedRequest } from "./recorded-request.js";
import type { EmulatorSeed } from "./seed.js";
import { Validator } from "./validate.js";
import { WorkspaceState } from "./workspace-state.js";

/** Options of {@link startEmulator}. */
export interface EmulatorOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to listen on; default `127.0.0.1`. */
  host?: string;
  /** Serve HTTPS with this PEM key and certificate. */
  tls?: { key: string | Buffer; cert: string | Buffer };
  seed?: EmulatorSeed;
  /** Faults armed from the start (same as calling `faults.add` for each). */
  faults?: Fault[];
  /** Base clock in epoch ms (default `Date.now`); `clock.advance` adds to it. */
  now?: () => number;
}

/** Options of {@link Emulator.mintToken}. */
export interface MintTokenOptions {
  /** Owner: a seeded `userName` or service-principal application id; default the first user. */
  userName?: string;
  /** Lifetime; default the workspace maximum. Same rules as `POST /api/2.0/token/create`. */
  lifetimeSeconds?: number;
  comment?: string;
  /** API scopes the token is limited to; omitted → unscoped. */
  scopes?: string[];
}

/** A running emulated workspace. */
export interface Emulator {
  /** `http://127.0.0.1:PORT`, or `https://…` with TLS. */
  readonly url: string;
  /**
   * The local Entra ID authority, `<url>/` — use it where a client would use
   * `https://login.microsoftonline.com/`: its token endpoints are `<authority><tenant>/oauth2/token`
   * (v1, `resource=`) and `<authority><tenant>/oauth2/v2.0/token` (v2, `scope=<resource>/.default`).
   */
  readonly entraAuthorityUrl: string;
  /** The tenant the authority knows (`seed.entraTenantId`). */
  readonly entraTenantId: string;
  /** Creates a valid PAT for a seeded principal without an HTTP call and returns its value. */
  mintToken(options?: MintTokenOptions): string;
  readonly faults: FaultController;
  /** Every request received, oldest first (credentials masked); count attempts with it. */
  readonly requests: readonly RecordedRequest[];
  readonly clock: EmulatorClock;
  /** Sets workspace-conf values directly, e.g. to re-enable tokens after a test disabled them. */
  setWorkspaceConf(values: Record<string, string>): void;
  /** Replaces the IP access list's blocked client addresses (`[]` unblocks everyone); blocked clients get the IP ACL 403. */
  setBlockedAddresses(addresses: readonly string[]): void;
  /** Stops listening and drops every open connection, including hung ones. */
  close(): Promise<void>;
}

const check = new Validator("EMULATOR_INVALID_OPTIONS");

/**
 * Starts a local Databricks workspace that implements the Token API, token management,
 * workspace-conf, SCIM Me, clusters list/get, OAuth M2M (OIDC discovery and token endpoint) and a
 * local Entra ID token endpoint, with the real limits and error bodies, plus scripted faults.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const settings = validateOptions(options);
  const clock = createClock(options.now);
  const state = new WorkspaceState(normalizeSeed(options.seed ?? {}), clock);
  const faults = new FaultRegistry();
  options.faults?.forEach((fault, index) => {
    try {
      faults.add(fault);
    } catch (error) {
      if (error instanceof EmulatorConfigError) throw new EmulatorConfigError(error.code, error.message.replace(/^fault/, `faults[${index}]`));
      throw error;
    }
  });
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const context = { state, faults, requests, sleep, isClosed: () => closed };
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handleRequest(context, req, res).catch(() => req.socket.destroy());
  };
  const server: Server = settings.tls ? createHttpsServer(settings.tls, listener) : createHttpServer(listener);
  // Raw TCP sockets for both transports, so close() also drops TLS clients still mid-handshake.
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  const port = await listen(server, settings.port, settings.host);
  const url = `${settings.tls ? "https" : "http"}://${settings.host.includes(":") ? `[${settings.host}]` : settings.host}:${port}`;
  state.baseUrl = url;

  const emulator: Emulator = {
    url,
    entraAuthorityUrl: `${url}/`,
    entraTenantId: state.entraTenantId,
    faults,
    requests,
    clock,
    mintToken(mintOptions: MintTokenOptions = {}): string {
      const owner = mintOptions.userName === undefined ? state.principals[0] : state.findPrincipal(mintOptions.userName);
      if (owner === undefined) {
        const known = state.principals.map((principal) => principal.userName).join(", ");
        throw new EmulatorConfigError("EMULATOR_INVALID_OPTIONS", `mintToken: userName is not a seeded user or service principal (known: ${known})`);
      }
      state.tokens.sweep(clock.now());
      try {
        return createToken(state, {
          owner,
          createdBy: owner,
          lifetimeSeconds: mintOptions.lifetimeSeconds,
          comment: mintOptions.comment,
          scopes: mintOptions.scopes,
        }).value;
      } catch (error) {
        if (error instanceof ApiFailure) throw new EmulatorConfigError("EMULATOR_INVALID_OPTIONS", `mintToken: ${error.errorCode}: ${error.message}`);
        throw error;
      }
    },
    setWorkspaceConf(values: Record<string, string>): void {
      try {
        state.conf.set(values);
      } catch (error) {
        if (error instanceof ApiFailure) throw new EmulatorConfigError("EMULATOR_INVALID_OPTIONS", `setWorkspaceConf: ${error.message}`);
        throw error;
      }
    },
    setBlockedAddresses(addresses: readonly string[]): void {
      const normalized = normalizeSeed({ blockedAddresses: [...addresses] }, "setBlockedAddresses").blockedAddresses;
      state.blockedAddresses.clear();
      for (const address of normalized) state.blockedAddresses.add(toClientAddress(address));
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await stopped;
    },
  };
  Object.defineProperty(emulator, inspect.custom, { value: () => `Emulator { url: '${url}' }` });
  return emulator;
}

function validateOptions(options: EmulatorOptions): { port: number; host: string; tls: { key: string | Buffer; cert: string | Buffer } | undefined } {
  check.record(options, "options");
  const port = check.optionalInteger(options.port, "options.port", 0, 65_535) ?? 0;
  const host = check.optionalString(options.host, "options.host") ?? "127.0.0.1";
  if (options.now !== undefined && typeof options.now !== "function") check.fail("options.now", "a function returning epoch milliseconds", options.now);
  if (options.faults !== undefined) check.array(options.faults, "options.faults");
  if (options.tls === undefined) return { port, host, tls: undefined };
  const tls = check.record(options.tls, "options.tls");
  for (const field of ["key", "cert"] as const) {
    const value = tls[field];
    if (!(typeof value === "string" || Buffer.isBuffer(value)) || value.length === 0) check.fail(`options.tls.${field}`, "a PEM string or Buffer", value);
  }
  return { port, host, tls: { key: tls.key as string | Buffer, cert: tls.cert as string | Buffer } };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      resolve(typeof address === "object" && address !== null ? address.port : port);
    });
  });
}
