import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

// Every temporary HOME of a test file lives here and goes when the file's tests are done
// (vitest re-imports this module for each test file).
const PARENT = mkdtempSync(join(tmpdir(), "dbcfg-unified-auth-test-"));
afterAll(() => rmSync(PARENT, { recursive: true, force: true }));

/** A fresh HOME holding `.databrickscfg` with `text` (or no file when `text` is undefined). */
export function tempHome(text?: string): string {
  const home = mkdtempSync(join(PARENT, "home-"));
  if (text !== undefined) writeFileSync(join(home, ".databrickscfg"), text);
  return home;
}
