import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ExplicitValue, Probes, ResolveOptions } from "../types.js";
import { tempHome } from "./temp-home.js";

/** `../shared/conformance` beside the repository (read in place, never copied). */
export const CONFORMANCE_DIR = fileURLToPath(new URL("../../../../../shared/conformance", import.meta.url));

export interface Vector {
  name: string;
  sdk: ("go" | "python")[];
  sources: string[];
  mode: "authenticate" | "resolve" | "loadFile" | "parse" | "fixHost" | "hostType" | "cloud" | "hostMetadata";
  env: Record<string, string>;
  explicit: Record<string, ExplicitValue>;
  configFile: string | null;
  expect: Expectation;
  expectPython?: Expectation;
  errorExact?: { go?: string; python?: string };
  hostMetadata?: { status: number; body: unknown };
  requires?: string[];
}

export interface Expectation {
  host?: string;
  authType?: string;
  error?: string;
  isAzure?: boolean;
  isAws?: boolean;
  isGcp?: boolean;
  isAccount?: boolean;
  profile?: string;
  scopes?: string[];
  attrs?: Record<string, unknown>;
  hostType?: string;
  resolvedHostType?: string;
}

export const VECTORS: Vector[] = JSON.parse(readFileSync(join(CONFORMANCE_DIR, "auth-vectors.json"), "utf8"));

/** The 31 cross-SDK permutation cases (Go's `auth_permutations_test.go`), which the JS SDK runs too. */
export function isPermutationCase(v: Vector): boolean {
  return v.sources.some((s) => s.includes("auth_permutations_test.go"));
}

/** A HOME with no `.databrickscfg`, for cases that name no HOME. */
export const EMPTY_HOME = tempHome();

/** The stand-in for `testdata/az`: succeeds, or fails the way the mock script does with `FAIL=yes`. */
export function azureCliMock(env: Record<string, string>): NonNullable<Probes["azureCli"]> {
  return async () => (env.FAIL === "yes" ? { ok: false, message: "This is just a failing script.\n" } : { ok: true });
}

/**
 * `resolveConfig` options for a vector, per the conformance README: cwd = the conformance folder,
 * HOME as given (relative) or an empty folder, PATH dropped (the `az` mock is the injected probe).
 */
export function optionsFor(v: Vector): ResolveOptions {
  const { HOME, PATH: _path, ...env } = v.env;
  const explicit = { ...v.explicit };
  if (v.mode === "parse" && v.configFile) explicit.config_file = v.configFile;
  const probes: Probes = {};
  if (v.requires?.some((r) => r.startsWith("az-mock"))) probes.azureCli = azureCliMock(v.env);
  if (v.mode === "hostMetadata" && v.hostMetadata) {
    const response = v.hostMetadata;
    probes.hostMetadata = async () => response;
  }
  return {
    explicit,
    env,
    homeDir: HOME ?? EMPTY_HOME,
    cwd: CONFORMANCE_DIR,
    selectAuth: v.mode === "authenticate",
    probes,
  };
}
