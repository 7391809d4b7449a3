import { afterAll, describe, expect, it } from "vitest";
import { needOracle } from "../../../../scripts/oracle-gate.js";
import { readProfiles } from "./read-profiles.js";
import { sampleConfigTexts } from "./test-support/config-text-arbitrary.js";
import { doc, plain } from "./test-support/doc.js";
import {
  conformanceTestdataPaths,
  dialectFixturePaths,
  pythonReaderMissing,
  readText,
  runPythonReader,
  removeTempDirs,
  writeTempFiles,
  type ReferenceResult,
} from "./test-support/reference-readers.js";

const pythonMissing = pythonReaderMissing();

/** Our python dialect in the reference reader's shape (profiles only, or the error text). */
function ours(path: string): ReferenceResult {
  const result = readProfiles(doc(readText(path), path), "python");
  return "error" in result ? { error: result.error } : { profiles: plain(result.profiles) };
}

describe("python dialect vs the real CPython configparser (differential)", () => {
  afterAll(removeTempDirs);

  it("reads every fixture and conformance testdata file exactly as configparser does", (ctx) => {
    needOracle(ctx, "python", pythonMissing);
    const paths = [...dialectFixturePaths(), ...conformanceTestdataPaths()];
    const reference = runPythonReader(paths);
    expect(reference).toHaveLength(paths.length);
    paths.forEach((path, index) => expect(ours(path), path).toEqual(reference[index]));
  });

  it("reads 400 generated files exactly as configparser does (profiles and error texts)", (ctx) => {
    needOracle(ctx, "python", pythonMissing);
    const texts = sampleConfigTexts(400, 20261128);
    const paths = writeTempFiles(texts);
    const reference = runPythonReader(paths);
    const outcomes = { read: 0, failed: 0 };
    paths.forEach((path, index) => {
      const expected = reference[index]!;
      outcomes["error" in expected ? "failed" : "read"]++;
      expect(ours(path), JSON.stringify(texts[index])).toEqual(expected);
    });
    // The generator must exercise both outcomes, or the comparison proves little.
    expect(outcomes.read).toBeGreaterThan(40);
    expect(outcomes.failed).toBeGreaterThan(40);
  });
});
