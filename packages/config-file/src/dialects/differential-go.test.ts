import { existsSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { readProfiles } from "./read-profiles.js";
import { sampleConfigTexts } from "./test-support/config-text-arbitrary.js";
import { doc, plain } from "./test-support/doc.js";
import {
  buildGoReader,
  conformanceTestdataPaths,
  dialectFixturePaths,
  hasCommand,
  readText,
  removeTempDirs,
  writeTempFiles,
  type ReferenceResult,
} from "./test-support/reference-readers.js";

const hasGo = hasCommand("go", ["version"]) && existsSync("/usr/share/gocode/src/gopkg.in/ini.v1");
if (!hasGo) {
  console.warn("SKIPPED: the go differential test needs `apt-get install -y golang-go golang-gopkg-ini.v1-dev` (go + /usr/share/gocode/src/gopkg.in/ini.v1).");
}

function ours(path: string): ReferenceResult {
  const result = readProfiles(doc(readText(path), path), "go");
  return "error" in result ? { error: result.error } : { profiles: plain(result.profiles) };
}

/**
 * Debian ships ini.v1 1.66.2; the SDK pins 1.67.0. The one parser change between them (ini.v1
 * PR #323, released in 1.66.6): a line that starts with its delimiter (`= value`) fails in
 * `readKeyName` with `empty key name: <line>`, where 1.66.2 reads the value first and then fails
 * in `NewKey` with `error creating new key: empty key name` (or with an earlier value error).
 * Either way both fail, so for those files we require only that 1.66.2 fails too.
 */
function expectSameAsIniV1(actual: ReferenceResult, reference: ReferenceResult, label: string): void {
  if ("error" in actual && actual.error.startsWith("empty key name: ")) {
    expect(reference, label).toHaveProperty("error");
    return;
  }
  expect(actual, label).toEqual(reference);
}

describe.skipIf(!hasGo)("go dialect vs the real gopkg.in/ini.v1 (differential)", () => {
  afterAll(removeTempDirs);

  const runGoReader = hasGo ? buildGoReader() : () => [];

  it("reads every fixture and conformance testdata file exactly as ini.v1 does", () => {
    const paths = [...dialectFixturePaths(), ...conformanceTestdataPaths()];
    const reference = runGoReader(paths);
    expect(reference).toHaveLength(paths.length);
    paths.forEach((path, index) => expectSameAsIniV1(ours(path), reference[index]!, path));
  });

  it("reads 400 generated files exactly as ini.v1 does (profiles and error texts)", () => {
    const texts = sampleConfigTexts(400, 1670);
    const paths = writeTempFiles(texts);
    const reference = runGoReader(paths);
    const outcomes = { read: 0, failed: 0 };
    paths.forEach((path, index) => {
      outcomes["error" in reference[index]! ? "failed" : "read"]++;
      expectSameAsIniV1(ours(path), reference[index]!, JSON.stringify(texts[index]));
    });
    expect(outcomes.read).toBeGreaterThan(40);
    expect(outcomes.failed).toBeGreaterThan(40);
  });
});
