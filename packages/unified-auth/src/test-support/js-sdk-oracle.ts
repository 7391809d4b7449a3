// The official JS SDK (@databricks/sdk-experimental 0.17.0) run in-process as a differential
// oracle, kept offline and deterministic: no subprocess (`az`, `databricks` behave as not
// installed), no network, HOME and env controlled per call.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

interface SdkConfig {
  authenticate(headers: Headers): Promise<void>;
  authType?: string;
  host?: string;
}
type ConfigCtor = new (options: Record<string, unknown>) => SdkConfig;

const { Config } = require("@databricks/sdk-experimental/dist/config/Config.js") as { Config: ConfigCtor };
const execUtils = require("@databricks/sdk-experimental/dist/config/execUtils.js") as { execFile: unknown };
const fetchModule = require("@databricks/sdk-experimental/dist/fetch.js") as { fetch: unknown };

execUtils.execFile = async () => {
  throw Object.assign(new Error("spawn ENOENT"), { code: "ENOENT" });
};
fetchModule.fetch = async (url: unknown) => {
  throw new Error(`offline oracle: no network (${String(url)})`);
};

const silent = { debug() {}, info() {}, warn() {}, error() {} };

function camel(name: string): string {
  return name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

export interface OracleCase {
  explicit: Record<string, string | undefined>;
  env: Record<string, string>;
  /** Absolute: the SDK expands `~` with `process.env.HOME`. */
  homeDir: string;
}

export interface OracleResult {
  host?: string;
  authType?: string;
  error?: string;
}

/** What `new Config({...}).authenticate()` of the official JS SDK yields. */
export async function runJsSdk(c: OracleCase): Promise<OracleResult> {
  const savedHome = process.env.HOME;
  process.env.HOME = c.homeDir;
  try {
    const options: Record<string, unknown> = { env: { ...c.env }, logger: silent };
    for (const [key, value] of Object.entries(c.explicit)) options[camel(key)] = value;
    const config = new Config(options);
    try {
      await config.authenticate(new Headers());
      return { ...(config.host !== undefined ? { host: config.host } : {}), ...(config.authType !== undefined ? { authType: config.authType } : {}) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  } finally {
    process.env.HOME = savedHome;
  }
}

/** The same, but only `ensureResolved()` (loaders, validation, host fix) — what the benchmark measures. */
export function newJsSdkConfig(c: OracleCase): { ensureResolved(): Promise<void> } {
  const options: Record<string, unknown> = { env: { ...c.env }, logger: silent };
  for (const [key, value] of Object.entries(c.explicit)) options[camel(key)] = value;
  return new Config(options) as unknown as { ensureResolved(): Promise<void> };
}
