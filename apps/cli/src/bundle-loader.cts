import fs = require("node:fs");
import path = require("node:path");
import vm = require("node:vm");
import type { main, createProcessContext } from "./executable.js";

/**
 * Loads the CLI bundle `dbcfg.cjs` (src/executable.ts and all it imports, one CommonJS file made by
 * build.mjs) with the V8 code cache `dbcfg.cjs.cache`, which the build made by running the doctor
 * once: V8 then neither parses nor compiles the functions a doctor run needs, a fifth of the
 * time `dbcfg doctor` took. The cache is used only when the build id on its first line is the one
 * stamped on the bundle's last line (bundle and cache come from one build), and only if V8 accepts
 * it (same V8 version and flags); otherwise the bundle is compiled from source, as any script.
 */
const BUNDLE_FILE = "dbcfg.cjs";
const CODE_CACHE_FILE = "dbcfg.cjs.cache";
const BUILD_ID_LINE = "//# dbcfgBuildId=";

/** What `src/executable.ts` exports. */
interface Executable {
  readonly main: typeof main;
  readonly createProcessContext: typeof createProcessContext;
}

/** `accepted` by V8, `rejected` by V8 (another Node version or flags), or `absent` (none, or from another build). */
type CodeCacheState = "accepted" | "rejected" | "absent";

interface LoadedBundle {
  readonly executable: Executable;
  /** The compiled bundle; `writeCodeCache` stores what it has compiled so far. */
  readonly script: vm.Script;
  readonly buildId: string | undefined;
  readonly codeCache: CodeCacheState;
}

type ModuleWrapper = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

/** Appends the build id line that ties a bundle to the code cache made from it. */
function stampBuildId(source: string, buildId: string): string {
  return `${source}${source.endsWith("\n") ? "" : "\n"}${BUILD_ID_LINE}${buildId}\n`;
}

/** Compiles and runs `dir/dbcfg.cjs` as a CommonJS module and returns its exports. */
function loadBundle(dir: string, options: { useCodeCache?: boolean } = {}): LoadedBundle {
  const filename = path.join(dir, BUNDLE_FILE);
  const source = fs.readFileSync(filename, "utf8");
  const buildId = readBuildId(source);
  const cachedData = options.useCodeCache === false ? undefined : readCodeCache(dir, buildId);
  // The wrapper has a line of its own, so that line numbers in stack traces are the file's.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {\n${source}\n})`, {
    filename,
    lineOffset: -1,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  (script.runInThisContext() as ModuleWrapper)(module.exports, require, module, filename, dir);
  const codeCache: CodeCacheState = cachedData === undefined ? "absent" : script.cachedDataRejected === true ? "rejected" : "accepted";
  return { executable: module.exports as Executable, script, buildId, codeCache };
}

/** Writes the code cache of everything `bundle` has compiled so far, tagged with its build id. */
function writeCodeCache(dir: string, bundle: LoadedBundle): void {
  if (bundle.buildId === undefined) throw new Error(`${path.join(dir, BUNDLE_FILE)} has no ${BUILD_ID_LINE} line; build it with build.mjs`);
  fs.writeFileSync(path.join(dir, CODE_CACHE_FILE), Buffer.concat([Buffer.from(`${bundle.buildId}\n`), bundle.script.createCachedData()]));
}

function readBuildId(source: string): string | undefined {
  const start = source.lastIndexOf(BUILD_ID_LINE);
  if (start === -1) return undefined;
  const id = source.slice(start + BUILD_ID_LINE.length).trim();
  return /^[0-9a-f]+$/.test(id) ? id : undefined;
}

function readCodeCache(dir: string, buildId: string | undefined): Buffer | undefined {
  if (buildId === undefined) return undefined;
  let data: Buffer;
  try {
    data = fs.readFileSync(path.join(dir, CODE_CACHE_FILE));
  } catch {
    return undefined;
  }
  const header = Buffer.from(`${buildId}\n`);
  return data.subarray(0, header.length).equals(header) ? data.subarray(header.length) : undefined;
}

export = { BUNDLE_FILE, CODE_CACHE_FILE, stampBuildId, loadBundle, writeCodeCache };
