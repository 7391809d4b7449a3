import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL(".", import.meta.url));

async function runtimeSources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "test-support" ? [] : runtimeSources(path);
      return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
    }),
  );
  return files.flat();
}

describe("independence from the code it checks", () => {
  it("imports only Node built-ins and its own files at run time", async () => {
    const files = await runtimeSources(SRC);
    expect(files.length).toBeGreaterThan(20);
    const seen = new Set<string>();
    for (const file of files) {
      const text = await readFile(file, "utf8");
      const specifiers = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)].map((match) => match[1] ?? "");
      for (const specifier of specifiers) {
        seen.add(specifier);
        expect(specifier.startsWith("node:") || specifier.startsWith("./") || specifier.startsWith("../"), `${file}: ${specifier}`).toBe(true);
      }
    }
    expect(seen).toContain("node:http");
    expect(seen).toContain("./answer-request.js");
    expect(seen).toContain("../create-token.js");
  });
});
