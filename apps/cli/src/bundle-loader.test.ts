import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type BundleLoader from "./bundle-loader.cjs";
import { BUILT_BIN, requireBuiltCli } from "./test-support/run-built-cli.js";

// The loader of the built executable (tsc's dist/bundle-loader.cjs) on small bundles of its own.
// Every load runs in a fresh `node`: within one process V8 reuses what it compiled before and
// never looks at a code cache again.
const LOADER = join(BUILT_BIN, "..", "bundle-loader.cjs");
let loader: typeof BundleLoader;
let dir: string;

beforeAll(() => {
  requireBuiltCli();
  loader = createRequire(import.meta.url)(LOADER) as typeof BundleLoader;
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "dbcfg-bundle-loader-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const BUNDLE = [
  '"use strict";',
  "exports.main = async (argv) => argv.length + 40;",
  "exports.where = () => new Error(`from ${require('node:path').basename(__filename)}`).stack;",
].join("\n");

interface Loaded {
  buildId?: string;
  codeCache: string;
  main: number;
  where: string;
}

const writeBundle = (source: string) => writeFileSync(join(dir, loader.BUNDLE_FILE), source);
const cachePath = () => join(dir, loader.CODE_CACHE_FILE);

/** Loads `dir`'s bundle in a child `node`, runs its `main(["a", "b"])`, optionally writes its code cache, and reports. */
function load(options: { useCodeCache?: boolean; writeCache?: boolean } = {}): Loaded {
  const script = `
    const loader = require(${JSON.stringify(LOADER)});
    const bundle = loader.loadBundle(${JSON.stringify(dir)}, { useCodeCache: ${options.useCodeCache !== false} });
    bundle.executable.main(["a", "b"]).then((main) => {
      if (${options.writeCache === true}) loader.writeCodeCache(${JSON.stringify(dir)}, bundle);
      process.stdout.write(JSON.stringify({ buildId: bundle.buildId, codeCache: bundle.codeCache, main, where: bundle.executable.where() }));
    });`;
  const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
  if (run.status !== 0) throw new Error(`loading failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Loaded;
}

describe("loadBundle", () => {
  it("runs the bundle as a CommonJS module with its real file name and line numbers", () => {
    writeBundle(loader.stampBuildId(BUNDLE, "0123abcd"));
    const loaded = load();
    expect(loaded).toMatchObject({ buildId: "0123abcd", codeCache: "absent", main: 42 });
    expect(loaded.where).toContain(`from ${loader.BUNDLE_FILE}`);
    expect(loaded.where).toContain(`${join(dir, loader.BUNDLE_FILE)}:3:`);
  });

  it("uses the code cache written from the same build", () => {
    writeBundle(loader.stampBuildId(BUNDLE, "0123abcd"));
    expect(load({ useCodeCache: false, writeCache: true }).codeCache).toBe("absent");
    expect(readFileSync(cachePath()).subarray(0, 9).toString()).toBe("0123abcd\n");
    expect(load()).toMatchObject({ codeCache: "accepted", main: 42 });
  });

  it("ignores a code cache from another build, and one V8 rejects, and still runs the bundle", () => {
    writeBundle(loader.stampBuildId(BUNDLE, "0123abcd"));
    load({ writeCache: true });
    const cache = readFileSync(cachePath());

    writeBundle(loader.stampBuildId(BUNDLE, "4567ef00"));
    expect(load()).toMatchObject({ codeCache: "absent", main: 42 });

    writeBundle(loader.stampBuildId(BUNDLE, "0123abcd"));
    writeFileSync(cachePath(), Buffer.concat([cache.subarray(0, 9), Buffer.alloc(cache.length - 9, 7)]));
    expect(load()).toMatchObject({ codeCache: "rejected", main: 42 });
  });

  it("loads a bundle without a build id uncached, and refuses to write a cache for it", () => {
    writeBundle(BUNDLE);
    expect(load()).toMatchObject({ codeCache: "absent", main: 42 });
    expect(() => load({ writeCache: true })).toThrow(/has no \/\/# dbcfgBuildId= line; build it with build\.mjs/);
  });
});
