// Packaging smoke test: `npm pack` every publishable workspace, install the tarballs into a
// fresh temporary project, and import each package (and run each bin with --help) from there.
// It proves that `exports`, `files` and dependencies are right for a real consumer.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const workspaces = ["packages", "apps"].flatMap((group) =>
  existsSync(join(root, group)) ? readdirSync(join(root, group)).map((d) => join(root, group, d)) : [],
);
const manifests = workspaces
  .filter((dir) => existsSync(join(dir, "package.json")))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
  .filter(({ manifest }) => !manifest.private);

const work = mkdtempSync(join(tmpdir(), "dbcfg-pack-"));
try {
  const tarballs = manifests.map(({ dir }) => {
    const out = execFileSync("npm", ["pack", "--silent", "--pack-destination", work], { cwd: dir, encoding: "utf8" });
    return join(work, out.trim().split("\n").pop());
  });
  const project = join(work, "consumer");
  execFileSync("mkdir", ["-p", project]);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--omit=peer", ...tarballs], { cwd: project, stdio: "inherit" });
  for (const { manifest } of manifests) {
    const script = `const m = await import(${JSON.stringify(manifest.name)}); if (Object.keys(m).length === 0) throw new Error("no exports"); console.log(${JSON.stringify(manifest.name)}, "exports", Object.keys(m).length, "names");`;
    execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: project, stdio: "inherit" });
    for (const bin of Object.keys(manifest.bin ?? {})) {
      execFileSync(join(project, "node_modules", ".bin", bin), ["--help"], { cwd: project, stdio: "ignore" });
      console.log(`bin ${bin} --help ok`);
    }
  }
  console.log(`pack smoke: ${manifests.length} packages installed from tarballs and imported`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
