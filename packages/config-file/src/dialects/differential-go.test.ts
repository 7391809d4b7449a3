import { afterAll, describe, expect, it } from "vitest";
import { needOracle } from "../../../../scripts/oracle-gate.js";
import { readProfiles } from "./read-profiles.js";
import { sampleConfigTexts } from "./test-support/config-text-arbitrary.js";
import { doc, plain } from "./test-support/doc.js";
import {
  buildGoReader,
  conformanceTestdataPaths,
  dialectFixturePaths,
  goReaderMissing,
  readText,
  removeTempDirs,
  writeTempFiles,
  type ReferenceResult,
} from "./test-support/reference-readers.js";

const goMissing = goReaderMissing();

function ours(path: string): ReferenceResult {
  const result = readProfiles(doc(readText(path), path), "go");
  return "error" in result ? { error: result.error } : { profiles: plain(result.profiles) };
}

/**
 * Our go dialect ports gopkg.in/ini.v1 1.67.0 (the version the Go SDK pins); Debian ships 1.66.2.
 * The one parser change between them (ini.v1 PR #323, https://github.com/go-ini/ini/pull/323,
 * released in 1.66.6): a key line that starts with its delimiter (`= value`) fails in 1.67.0's
 * `readKeyName` with `empty key name: <line>`; 1.66.2 reads the value and then fails in
 * `Section.NewKey` with `error creating new key: empty key name`. That pair of texts is the only
 * difference allowed here; everything else must match exactly.
 */
const EMPTY_KEY_1_67 = "empty key name: ";
const EMPTY_KEY_1_66_2 = "error creating new key: empty key name";

function expectSameAsIniV1(actual: ReferenceResult, reference: ReferenceResult, label: string): void {
  if ("error" in actual && actual.error.startsWith(EMPTY_KEY_1_67)) {
    expect(reference, label).toEqual({ error: EMPTY_KEY_1_66_2 });
    return;
  }
  expect(actual, label).toEqual(reference);
}

describe("go dialect (ini.v1 1.67.0 port) vs Debian's gopkg.in/ini.v1 1.66.2 (differential)", () => {
  afterAll(removeTempDirs);

  let built: ((paths: string[]) => ReferenceResult[]) | undefined;
  const runGoReader = (paths: string[]): ReferenceResult[] => (built ??= buildGoReader())(paths);

  it("1.66.2 differs from 1.67.0 only in the empty-key-name text, which is the one relaxation above", (ctx) => {
    needOracle(ctx, "go", goMissing);
    const [emptyKey, quotedEmptyKey] = writeTempFiles(["[a]\n= value\n", '[a]\n"" = value\n']);
    const [reference66, referenceQuoted] = runGoReader([emptyKey!, quotedEmptyKey!]);
    expect(ours(emptyKey!)).toEqual({ error: `${EMPTY_KEY_1_67}= value\n` });
    expect(reference66).toEqual({ error: EMPTY_KEY_1_66_2 });
    // A quoted empty key name fails the same way in both versions: no relaxation needed there.
    expect(ours(quotedEmptyKey!)).toEqual(referenceQuoted);
    expect(() => expectSameAsIniV1({ error: `${EMPTY_KEY_1_67}= x\n` }, { error: "unclosed section: [a\n" }, "other error")).toThrow();
  });

  it("reads every fixture and conformance testdata file exactly as ini.v1 does", (ctx) => {
    needOracle(ctx, "go", goMissing);
    const paths = [...dialectFixturePaths(), ...conformanceTestdataPaths()];
    const reference = runGoReader(paths);
    expect(reference).toHaveLength(paths.length);
    paths.forEach((path, index) => expectSameAsIniV1(ours(path), reference[index]!, path));
  });

  it("reads 400 generated files exactly as ini.v1 does (profiles and error texts)", (ctx) => {
    needOracle(ctx, "go", goMissing);
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
