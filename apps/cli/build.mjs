// Bundles the `dbcfg` executable: `src/executable.ts` and everything it imports (the @dbcfg
// packages from their built dist/, zod, ini) into one CommonJS file, `dist/dbcfg.cjs`, with a
// source map beside it (`dist/dbcfg.cjs.map`, read only under `--enable-source-maps`), which
// `dist/bin.cjs` (src/bin.cts) requires. Modules reached only through `import()` (each command's
// implementation, the Token API client, the workspace emulator) are initialised only when a
// command needs them. Run after `tsc -b tsconfig.build.json`, which emits the launcher and the
// library export (`dist/index.js` and the types).
import { build } from "esbuild";
import { chmodSync, existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Our packages read their own version at run time with `require("../package.json")` relative to
 * their dist/ file. Bundled into dist/dbcfg.cjs, that path would point at nothing, so the manifest's
 * name and version are written into the bundle instead (only in @dbcfg packages' dist files; the
 * CLI's own version.ts still reads apps/cli/package.json, beside dist/).
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

/**
 * zod's `z` namespace re-exports all of its ~45 error-message locales (a third of the bundle,
 * parsed at every start); dbcfg only ever uses English, which zod installs itself. This keeps
 * `locales.en` and drops the others from the bundle (the library build is untouched).
 */
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
const BUNDLE_FILE = "dbcfg.cjs";

const result = await build({
  entryPoints: [join(here, "src", "executable.ts")],
  outfile: join(outdir, BUNDLE_FILE),
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  // import() of a bundled module becomes a lazy initialiser, of a Node built-in a require().
  supported: { "dynamic-import": false },
  // `import.meta.url` of the bundled modules (version.ts reads ../package.json beside dist/).
  define: { "import.meta.url": "__dbcfgBundleUrl" },
  banner: { js: 'const __dbcfgBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  packages: "bundle",
  // Loaded only by `dbcfg scan` (with import()), from node_modules: ESLint is large and reads its
  // own files at run time, and the plugin and parser are found the way ESLint finds them. undici
  // (about 520 KiB minified, the network fetch's proxy agent) is loaded only by a request through
  // a proxy or with an extra CA; bundled, every start would parse it.
  external: ["eslint", "@dbcfg/eslint-plugin", "@typescript-eslint/parser", "undici"],
  legalComments: "none",
  // Linked, without the sources: small, and read only when Node runs with --enable-source-maps.
  sourcemap: "linked",
  sourcesContent: false,
  minify: true,
  keepNames: true,
  plugins: [englishOnlyZodLocales, inlineOwnManifests],
  logLevel: "warning",
});
if (result.errors.length > 0) throw new Error("esbuild failed");
chmodSync(join(outdir, "bin.cjs"), 0o755);

const kib = (file) => `${(readFileSync(join(outdir, file)).length / 1024).toFixed(0)} KiB`;
console.log(`dbcfg bundle: dist/${BUNDLE_FILE} ${kib(BUNDLE_FILE)}, source map ${kib(`${BUNDLE_FILE}.map`)}`);
