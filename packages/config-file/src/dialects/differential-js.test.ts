import { afterAll, describe, expect, it } from "vitest";
import { readProfiles } from "./read-profiles.js";
import { sampleConfigTexts } from "./test-support/config-text-arbitrary.js";
import { doc, plain } from "./test-support/doc.js";
import { conformanceTestdataPaths, dialectFixturePaths, readText, removeTempDirs, writeTempFiles } from "./test-support/reference-readers.js";

interface SdkLoader {
  loadConfigFile(configFile: string): Promise<{ iniFile: Record<string, Record<string, unknown>>; path: string }>;
}

// The SDK's own loader, straight from its dist (the package has no exports map, so the deep path resolves).
const sdk = (await import("@databricks/sdk-experimental/dist/config/KnownConfigLoader.js")) as unknown as SdkLoader;

type Outcome = { profiles: Record<string, Record<string, unknown>> } | { error: string };

/** What the SDK's `loadConfigFile` returns for `path`: the flattened values, untouched. */
async function sdkRead(path: string): Promise<Outcome> {
  try {
    return { profiles: plain((await sdk.loadConfigFile(path)).iniFile) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Our js dialect with `typedValues` put back in place, i.e. the values the SDK assigns. */
function ours(path: string): Outcome {
  const result = readProfiles(doc(readText(path), path), "js");
  if ("error" in result) return { error: result.error };
  const profiles: Record<string, Record<string, unknown>> = plain(result.profiles);
  for (const [profile, typed] of Object.entries(result.typedValues ?? {})) Object.assign(profiles[profile]!, typed);
  return { profiles };
}

async function expectSameAsSdk(paths: string[], labels: string[]): Promise<{ read: number; failed: number }> {
  const outcomes = { read: 0, failed: 0 };
  for (const [index, path] of paths.entries()) {
    const expected = await sdkRead(path);
    outcomes["error" in expected ? "failed" : "read"]++;
    expect(ours(path), labels[index]).toEqual(expected);
  }
  return outcomes;
}

describe("js dialect vs @databricks/sdk-experimental 0.17.0 loadConfigFile (differential)", () => {
  afterAll(removeTempDirs);

  it("reads every fixture and conformance testdata file exactly as the SDK does", async () => {
    const paths = [...dialectFixturePaths(), ...conformanceTestdataPaths()];
    await expectSameAsSdk(paths, paths);
  });

  it("reads 400 generated files exactly as the SDK does, including ini's own crashes", async () => {
    const texts = sampleConfigTexts(400, 170);
    const outcomes = await expectSameAsSdk(
      writeTempFiles(texts),
      texts.map((text) => JSON.stringify(text)),
    );
    expect(outcomes.read).toBeGreaterThan(300);
    expect(outcomes.failed).toBeGreaterThan(0);
  });
});
