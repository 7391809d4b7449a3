import { homedir } from "node:os";
import { descriptorSink } from "./io/descriptor-sink.js";
import { isTerminal } from "./io/is-terminal.js";
import { lazyNetworkFetch } from "./io/network-fetch.js";
import { readCappedStdin } from "./io/read-capped-stdin.js";

/** A place the CLI writes text to (process.stdout/stderr in production, a buffer in tests). */
export interface TextSink {
  write(text: string): void;
  /** Whether the sink is an interactive terminal (colour, spinners and prompts only then). */
  readonly isTTY: boolean;
}

/**
 * Everything a command may touch of the outside world. Commands never read `process.*` directly,
 * so tests run them in-process with a fake environment, home folder and streams.
 */
export interface CliContext {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homeDir: string;
  readonly cwd: string;
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** Reads all of standard input (for `--token-stdin`); rejects when stdin is a TTY and nothing is piped. */
  readStdin(): Promise<string>;
  /** Whether standard input is an interactive terminal (prompts are allowed only then). */
  readonly stdinIsTTY: boolean;
  /** Every HTTP request of a command; proxies and extra CAs per the environment (`io/network-fetch.ts`). Injected for tests. */
  readonly fetch: typeof fetch;
  /** Epoch milliseconds; injected for tests. */
  now(): number;
}

/** The context of a real `dbcfg` process. */
export function createProcessContext(): CliContext {
  return {
    env: process.env,
    homeDir: homedir(),
    cwd: process.cwd(),
    stdout: descriptorSink(1, () => process.stdout),
    stderr: descriptorSink(2, () => process.stderr),
    readStdin,
    stdinIsTTY: isTerminal(0),
    fetch: lazyNetworkFetch(process.env),
    now: () => Date.now(),
  };
}

function readStdin(): Promise<string> {
  return readCappedStdin(process.stdin);
}
