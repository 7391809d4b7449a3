import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const packageDir = join(here, "..", "..");
export const documentFixturesDir = join(packageDir, "test", "fixtures", "documents");
export const conformanceDir = join(packageDir, "..", "..", "..", "shared", "conformance");

export interface Fixture {
  name: string;
  text: string;
}

function findFiles(dir: string, accept: (name: string) => boolean): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...findFiles(path, accept));
    else if (accept(name)) found.push(path);
  }
  return found.sort();
}

/** Every `.databrickscfg` of the shared conformance data plus this package's document fixtures. */
export function allFixtures(): Fixture[] {
  const conformance = findFiles(join(conformanceDir, "testdata"), (n) => n === ".databrickscfg");
  const own = findFiles(documentFixturesDir, (n) => n.endsWith(".databrickscfg"));
  return [...conformance, ...own].map((path) => ({
    name: relative(join(packageDir, "..", "..", ".."), path),
    text: readFileSync(path, "utf8"),
  }));
}
