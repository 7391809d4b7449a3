// Bundles the `dbcfg` executable: `src/executable.ts` and everything it imports (the @dbcfg
// packages from their built dist/, zod, ini, yaml) into `dist/bundle/`: an ES module entry,
// `dbcfg.mjs`, and the chunks esbuild splits off at every `import()`, each with a source map
// beside it (read only under `--enable-source-maps`). `dist/bin.cjs` (src/bin.cts) imports the
// entry. Splitting is what keeps start-up small: Node compiles only the files a command loads, so
// `dbcfg doctor --offline` never reads the Token API client, zod, the YAML parser, the workspace
// emulator or `scan` (one file holding everything was three times the code to compile at every
// start). Run after `tsc -b tsconfig.build.json`, which emits the launcher and the library export
// (`dist/index.js` and the types).
import { build } from "esbuild";
import { chmodSync, existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Our packages read their own version at run time with `require("../package.json")` relative to
 * their dist/ file. Bundled into dist/bundle/, that path would point at nothing, so the manifest's
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

/**
 * Static imports of Node's built-in modules read them with `process.getBuiltinModule` (Node 20.16
 * and later). An ES import of a built-in reads every one of its exports, and `node:fs`'s include
 * getters that load Node's whole stream machinery, a few milliseconds of every start that `dbcfg
 * doctor` never uses; esbuild's CommonJS interop, the other way, copies each built-in's export
 * list in every file that imports it. Here each built-in becomes a small ES module with one export
 * per name it has (as the Node running the build lists them), each read by a call esbuild may
 * drop: only the names some file imports are kept. `import("node:…")` stays as it is.
 */
const builtinsWithoutImport = {
  name: "builtins-without-import",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^node:/ }, (args) =>
      args.kind === "import-statement" && args.namespace !== "builtin" ? { path: args.path, namespace: "builtin" } : { path: args.path, external: true },
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: "builtin" }, (args) => {
      // The module's own two names start with "$$", which no built-in's export does.
      const names = Object.keys(process.getBuiltinModule(args.path)).filter((name) => /^[A-Za-z_][\w$]*$/.test(name) && name !== "default");
      const contents = [
        `const $$builtin = process.getBuiltinModule(${JSON.stringify(args.path)});`,
        "const $$read = (name) => $$builtin[name];",
        "export default $$builtin;",
        ...names.map((name) => `export const ${name} = /* @__PURE__ */ $$read(${JSON.stringify(name)});`),
      ].join("\n");
      return { contents, loader: "js" };
    });
  },
};

const dist = join(here, "dist");
const outdir = join(dist, "bundle");
const ENTRY_FILE = "dbcfg.mjs";
rmSync(outdir, { recursive: true, force: true });

const result = await build({
  // `scan-lint-worker.mjs`: the worker thread in which `dbcfg scan --history` loads ESLint.
  entryPoints: { dbcfg: join(here, "src", "executable.ts"), "scan-lint-worker": join(here, "src", "commands", "scan", "lint-worker.ts") },
  outdir,
  outExtension: { ".js": ".mjs" },
  chunkNames: "[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Every bundled file sits in dist/bundle/; the modules that find files beside dist/ through
  // `import.meta.url` (version.ts reads ../package.json) see the URL of a file in dist/ instead.
  define: { "import.meta.url": "__dbcfgDistFileUrl" },
  // The CommonJS packages bundled in (yaml's require("process"), ini) call `require`; an ES
  // module has none, so each file gets one (esbuild's shim uses it for Node built-ins). Every file
  // sits in dist/bundle/, so one `require` resolves alike for all: the first file loaded makes it.
  // `node:module` comes from process.getBuiltinModule (Node 20.16 and later), not an ES import,
  // which would read all of its exports, loading Node's source-map support on the way.
  banner: {
    js: [
      'const require = (globalThis.__dbcfgRequire ??= process.getBuiltinModule("node:module").createRequire(import.meta.url));',
      'const __dbcfgDistFileUrl = new URL("../bundle.mjs", import.meta.url).href;',
    ].join(" "),
  },
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
  // No `keepNames`: nothing reads a function's or class's name at run time (errors set `name`
  // themselves), and the `__name` calls it adds are code every start runs. Crash traces map back
  // to src/ through the source maps.
  keepNames: false,
  metafile: true,
  plugins: [englishOnlyZodLocales, inlineOwnManifests, builtinsWithoutImport],
  logLevel: "warning",
});
if (result.errors.length > 0) throw new Error("esbuild failed");
chmodSync(join(dist, "bin.cjs"), 0o755);

const files = readdirSync(outdir).filter((file) => file.endsWith(".mjs"));
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
const sizeOf = (outputs) => outputs.reduce((sum, output) => sum + result.metafile.outputs[output].bytes, 0);
// What every start compiles: the entry and the chunks it imports statically, transitively.
const entry = Object.keys(result.metafile.outputs).find((output) => output.endsWith(`/${ENTRY_FILE}`));
const eager = new Set([entry]);
for (const output of eager) {
  for (const imported of result.metafile.outputs[output].imports) if (imported.kind === "import-statement" && !imported.external) eager.add(imported.path);
}
const all = Object.keys(result.metafile.outputs).filter((output) => output.endsWith(".mjs"));
console.log(
  `dbcfg bundle: dist/bundle/ ${files.length} files, ${kib(sizeOf(all))}; compiled at every start: ${kib(sizeOf([...eager]))} in ${eager.size} files`,
);
