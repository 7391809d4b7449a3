// Shared vitest settings for every package project.
// Tests import sibling packages from their TypeScript sources (not their built dist/), so a
// change in @dbcfg/pat is seen by the config-file tests without a rebuild.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));

function workspaceSourceAliases(): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (const group of ["packages", "apps"]) {
    const groupDir = join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const dir of readdirSync(groupDir)) {
      const manifest = join(groupDir, dir, "package.json");
      const entry = join(groupDir, dir, "src", "index.ts");
      if (!existsSync(manifest) || !existsSync(entry)) continue;
      const { name, exports } = JSON.parse(readFileSync(manifest, "utf8")) as { name: string; exports?: Record<string, unknown> };
      // Subpaths such as `@dbcfg/pat/testing` → src/testing.ts, listed before the package name,
      // which would otherwise match them as a prefix.
      for (const subpath of Object.keys(exports ?? {})) {
        const source = join(groupDir, dir, "src", `${subpath.slice(2)}.ts`);
        if (subpath.startsWith("./") && existsSync(source)) aliases[`${name}/${subpath.slice(2)}`] = source;
      }
      aliases[name] = entry;
    }
  }
  return aliases;
}

export const sourceAliases = workspaceSourceAliases();

/** Path of `../shared` (conformance vectors and references) beside the repository. */
export const sharedDir = join(root, "..", "shared");

/**
 * Per-test timeout. Generous on purpose: tests never assert wall-clock times, and a few (10 MB
 * inputs, 20 concurrent savers, TLS child processes) must not flake on a loaded 2-core machine.
 */
export const TEST_TIMEOUT_MS = 30_000;
