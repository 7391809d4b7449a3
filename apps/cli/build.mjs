// Bundles the `dbcfg` executable: `src/bin.ts` and everything it imports (the @dbcfg packages from
// their built dist/, zod, ini) into `dist/bin.js`, so that starting the CLI reads a handful of
// files instead of hundreds. Modules reached only through `import()` (the Token API client, the
// workspace emulator) become separate chunks under `dist/chunks/`, loaded when a command needs
// them. Run after `tsc -b tsconfig.build.json`, which still emits `dist/index.js` and the types
// for the library export.
import { build } from "esbuild";
import { chmodSync, existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/**
 * zod's `z` namespace re-exports all of its ~45 error-message locales (a third of the bundle,
 * parsed at every start); dbcfg only ever uses English, which zod installs itself. This keeps
 * `locales.en` and drops the others from the bundle (the library build is untouched).
 */
/**
 * Our packages read their own version at run time with `require("../package.json")` relative to
 * their dist/ file. Bundled into dist/chunks/, that path would point at nothing, so the manifest's
 * name and version are written into the bundle instead (only in @dbcfg packages' dist files; the
 * CLI's own version.ts stays in dist/bin.js and still reads apps/cli/package.json).
 */
const inlineOwnManifests = {
  name: "inline-own-manifests",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/].*\.js$/ }, (args) => {
      const manifestCall = /\brequire\((["'])\.\.\/package\.json\1\)/g;
      const contents = readFileSync(args.path, "utf8");
      if (!manifestCall.test(contents)) return undefined;
      const manifestPath = resolve(dirname(args.path), "..", "package.json");
      if (!existsSync(manifestPath)) throw new Error(`${args.path} reads ../package.json, which does not exist`);
      const { name, version } = JSON.parse(readFileSync(manifestPath, "utf8"));
      return { contents: contents.replace(manifestCall, `(${JSON.stringify({ name, version })})`), loader: "js" };
    });
  },
};

const englishOnlyZodLocales = {
  name: "english-only-zod-locales",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), "..", "locales", "en.js"), namespace: "zod-locales" } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
    }));
  },
};
const outdir = join(here, "dist");

rmSync(join(outdir, "chunks"), { recursive: true, force: true });
rmSync(join(outdir, "bin.js.map"), { force: true }); // tsc's map of the unbundled bin.js: wrong for the bundle
const result = await build({
  entryPoints: { bin: join(here, "src", "bin.ts") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: "chunks/[name]-[hash]",
  // `version.ts` reads `../package.json` relative to its own file at run time: it must stay in
  // dist/bin.js (it does: only `main` imports it), never be inlined from another place.
  packages: "bundle",
  legalComments: "none",
  minify: true,
  keepNames: true,
  plugins: [englishOnlyZodLocales, inlineOwnManifests],
  logLevel: "warning",
  metafile: true,
});
chmodSync(join(outdir, "bin.js"), 0o755);

const outputs = Object.entries(result.metafile.outputs).map(([file, info]) => `${file.replace(`${here}/`, "")} ${(info.bytes / 1024).toFixed(0)} KiB`);
console.log(`dbcfg bundle: ${outputs.join(", ")}`);
