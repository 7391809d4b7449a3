import { afterAll, describe, expect, it } from "vitest";
import { attributeForArgument } from "./dialect-attributes.js";
import { resolveConfig } from "./resolve-config.js";
import { secretValue } from "./secret-values.js";
import { CONFORMANCE_DIR, isPermutationCase, optionsFor, VECTORS, type Expectation, type Vector } from "./test-support/vectors.js";
import type { Dialect, Resolution } from "./types.js";

/**
 * Where the JS SDK's own copy of a permutation case (`dist/config/UnifiedAuth.test.js` of
 * @databricks/sdk-experimental 0.17.0) expects something other than Go's text.
 */
const JS_ERRORS: Record<string, string> = {
  TestConfig_AzureCliHost_Fail:
    "default auth: azure-cli: cannot get access token: This is just a failing script.\n. Config: azure_workspace_resource_id=/sub/rg/ws",
};

const passed: Record<string, number> = {};

function expectedFor(v: Vector, dialect: Dialect): { expect: Expectation; exactError?: string } {
  if (dialect === "python") {
    const expectation = v.expectPython ?? v.expect;
    return { expect: expectation, ...(v.errorExact?.python && !v.expectPython ? { exactError: v.errorExact.python } : {}) };
  }
  const exact = dialect === "js" ? (JS_ERRORS[v.name] ?? v.errorExact?.go) : v.errorExact?.go;
  return { expect: v.expect, ...(exact ? { exactError: exact } : {}) };
}

function attributeValue(resolution: Resolution, dialect: Dialect, key: string): unknown {
  const attr = attributeForArgument(dialect, key);
  if (!attr) return undefined;
  const entry = resolution.attributes[attr.name];
  if (!entry) return undefined;
  return entry.sensitive ? secretValue(resolution, attr.name) : entry.value;
}

function check(resolution: Resolution, dialect: Dialect, e: Expectation): void {
  // The JS SDK lower-cases the host; its own copy of these cases compares with `.toLowerCase()`.
  if (e.host !== undefined) expect(resolution.host).toBe(dialect === "js" ? e.host.toLowerCase() : e.host);
  if (e.authType !== undefined) expect(resolution.authType).toBe(e.authType);
  if (e.isAzure !== undefined) expect(resolution.isAzure).toBe(e.isAzure);
  if (e.isAws !== undefined) expect(resolution.isAws).toBe(e.isAws);
  if (e.isGcp !== undefined) expect(resolution.isGcp).toBe(e.isGcp);
  if (e.isAccount !== undefined) expect(resolution.isAccount).toBe(e.isAccount);
  if (e.profile !== undefined) expect(resolution.attributes.profile?.value).toBe(e.profile);
  if (e.scopes !== undefined) expect(resolution.scopes).toEqual(e.scopes);
  if (e.hostType !== undefined) expect(resolution.hostType).toBe(e.hostType);
  if (e.resolvedHostType !== undefined) expect(resolution.resolvedHostType).toBe(e.resolvedHostType);
  for (const [key, value] of Object.entries(e.attrs ?? {})) {
    const actual = attributeValue(resolution, dialect, key);
    if (value === null || value === "") expect(actual ?? "", key).toBe("");
    else expect(actual, key).toEqual(value);
  }
}

/** The JS SDK prints absolute paths; its own tests strip the test folder, and so do we. */
function relativise(message: string): string {
  return message.split(`${CONFORMANCE_DIR}/`).join("");
}

describe("conformance vectors (../shared/conformance/auth-vectors.json)", () => {
  for (const v of VECTORS) {
    const dialects: Dialect[] = [...v.sdk, ...(isPermutationCase(v) ? (["js"] as const) : [])];
    for (const dialect of dialects) {
      it(`${dialect} ${v.mode} ${v.name}`, async () => {
        const { expect: expectation, exactError } = expectedFor(v, dialect);
        let resolution: Resolution | undefined;
        let error: Error | undefined;
        try {
          resolution = await resolveConfig({ ...optionsFor(v), dialect });
        } catch (caught) {
          error = caught as Error;
        }
        if (expectation.error !== undefined || exactError !== undefined) {
          expect(error?.message, "expected an error").toBeDefined();
          const message = dialect === "js" ? relativise(error!.message) : error!.message;
          if (exactError !== undefined) expect(message).toBe(exactError);
          else expect(message).toContain(expectation.error);
        } else {
          if (error) throw error;
          check(resolution!, dialect, expectation);
        }
        const key = `${v.mode}/${dialect}`;
        passed[key] = (passed[key] ?? 0) + 1;
      });
    }
  }

  afterAll(() => {
    const lines = Object.entries(passed)
      .sort()
      .map(([k, n]) => `${k}: ${n}`);
    console.log(`conformance passes by mode/dialect:\n${lines.join("\n")}`);
  });
});
