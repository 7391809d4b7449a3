import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { maskSecrets } from "./config-error.js";
import { resolveConfig } from "./resolve-config.js";
import { runJsSdk, type OracleCase, type OracleResult } from "./test-support/js-sdk-oracle.js";
import { CONFORMANCE_DIR, EMPTY_HOME, VECTORS } from "./test-support/vectors.js";

const scratch = mkdtempSync(join(tmpdir(), "dbcfg-js-differential-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 60_000);

/** Our `js` dialect on the same input, in the oracle's shape. */
async function ours(c: OracleCase): Promise<OracleResult> {
  try {
    const r = await resolveConfig({ dialect: "js", explicit: c.explicit, env: c.env, homeDir: c.homeDir, cwd: process.cwd() });
    return { ...(r.host !== undefined ? { host: r.host } : {}), ...(r.authType !== undefined ? { authType: r.authType } : {}) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The SDK prints a PAT where it sees fit; we mask it. Everything else must match byte for byte. */
function comparable(result: OracleResult): OracleResult {
  return result.error === undefined ? result : { error: maskSecrets(result.error) };
}

describe("js dialect vs @databricks/sdk-experimental 0.17.0 on the conformance vectors", () => {
  const applicable = VECTORS.filter((v) => v.mode === "authenticate" && !v.requires);
  it.each(applicable.map((v) => [v.name, v] as const))("%s", async (_name, v) => {
    const { HOME, PATH: _path, ...env } = v.env;
    const c: OracleCase = {
      explicit: Object.fromEntries(Object.entries(v.explicit).map(([k, value]) => [k, value === null || value === undefined ? undefined : String(value)])),
      env,
      homeDir: HOME ? resolve(CONFORMANCE_DIR, HOME) : EMPTY_HOME,
    };
    expect(await ours(c)).toEqual(comparable(await runJsSdk(c)));
  });
  it("covers the applicable vectors", () => expect(applicable.length).toBeGreaterThanOrEqual(38));
});

// ---- generated cases -------------------------------------------------------------------------

const hosts = ["https://adb-123.4.azuredatabricks.net/", "HTTPS://Dbc-AbC.cloud.databricks.com", "x", "abc.gcp.databricks.com:443", "http://localhost:8080/p?q=1", "accounts.cloud.databricks.com", "https://accounts.cloud.databricks.com", "https://:443", "httpx.example.com", "adb-1.2.databricks.azure.cn:8443", ""];
const tokens = ["tok-1", "x", "", "true"];
const words = ["admin", "user@example.com", ""];
const authTypes = ["pat", "basic", "azure-cli", "databricks-cli", "nope", ""];
const profiles = ["DEFAULT", "prod", "dev", "pat.with.dot", "__settings__", "missing", "constructor", ""];
const resourceIds = ["/sub/rg/ws", ""];

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const attributeValues = {
  host: fc.constantFrom(...hosts),
  token: fc.constantFrom(...tokens),
  username: fc.constantFrom(...words),
  password: fc.constantFrom(...words),
  auth_type: fc.constantFrom(...authTypes),
  azure_workspace_resource_id: fc.constantFrom(...resourceIds),
  account_id: fc.constantFrom("acc-1", ""),
  cluster_id: fc.constantFrom("0123-abc"),
};
type Key = keyof typeof attributeValues;
const keys = Object.keys(attributeValues) as Key[];

const profileBody = fc.dictionary(fc.constantFrom(...keys, "HOST", "scopes"), fc.constantFrom(...hosts, ...tokens, ...words, ...authTypes, "'quoted'", "a # b", "false"), { maxKeys: 4 });
const section = fc.record({
  name: fc.constantFrom("DEFAULT", "prod", "dev", "pat.with.dot", "__settings__", "empty"),
  body: profileBody,
  settings: fc.boolean(),
  extra: fc.constantFrom("", "; a comment", "flag", "list[] = 1", "  indented = yes"),
});
const fileArb = fc.option(fc.array(section, { maxLength: 4 }), { nil: null });

function renderFile(sections: { name: string; body: Record<string, string>; settings: boolean; extra: string }[]): string {
  return sections
    .map(({ name, body, settings, extra }) => {
      const lines = [`[${name}]`];
      if (settings) lines.push("default_profile = prod");
      if (extra) lines.push(extra);
      for (const [k, v] of Object.entries(body)) lines.push(v === "" ? `${k} =` : `${k} = ${v}`);
      return lines.join("\n");
    })
    .join("\n\n");
}

const envArb = fc.record(
  {
    DATABRICKS_HOST: fc.constantFrom(...hosts),
    DATABRICKS_TOKEN: fc.constantFrom(...tokens),
    DATABRICKS_USERNAME: fc.constantFrom(...words),
    DATABRICKS_PASSWORD: fc.constantFrom(...words),
    DATABRICKS_CONFIG_PROFILE: fc.constantFrom(...profiles),
    DATABRICKS_AUTH_TYPE: fc.constantFrom(...authTypes),
    DATABRICKS_AZURE_RESOURCE_ID: fc.constantFrom(...resourceIds),
    DATABRICKS_CONFIG_FILE: fc.constantFrom("~/.databrickscfg", "~/nope.cfg", ""),
    DATABRICKS_ACCOUNT_ID: fc.constantFrom("acc-1", ""),
    DATABRICKS_CLUSTER_ID: fc.constantFrom("0123-abc"),
    DATABRICKS_CLI_PATH: fc.constantFrom("/nonexistent/databricks"),
    DATABRICKS_METADATA_SERVICE_URL: fc.constantFrom("https://metadata.example/token", "not a url"),
    ARM_CLIENT_ID: fc.constantFrom("client-1"),
    ARM_TENANT_ID: fc.constantFrom("tenant-1", ""),
    ARM_ENVIRONMENT: fc.constantFrom("usgovernment"),
  },
  { requiredKeys: [] },
);
const explicitArb = fc.record(
  {
    host: maybe(fc.constantFrom(...hosts)),
    token: maybe(fc.constantFrom(...tokens)),
    username: maybe(fc.constantFrom(...words)),
    password: maybe(fc.constantFrom(...words)),
    profile: maybe(fc.constantFrom(...profiles)),
    auth_type: maybe(fc.constantFrom(...authTypes)),
    azure_workspace_resource_id: maybe(fc.constantFrom(...resourceIds)),
  },
  { requiredKeys: [] },
);

describe("js dialect vs @databricks/sdk-experimental 0.17.0 on generated cases", () => {
  it("agrees on host, auth type and exact error text for 600 combinations", async () => {
    let runs = 0;
    let caseNumber = 0;
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fileArb, envArb, explicitArb, async (file, env, explicit) => {
        const home = join(scratch, String(caseNumber++));
        mkdirSync(home);
        if (file !== null) writeFileSync(join(home, ".databrickscfg"), renderFile(file));
        const c: OracleCase = { explicit: explicit as Record<string, string | undefined>, env: env as Record<string, string>, homeDir: home };
        const expected = comparable(await runJsSdk(c));
        expect(await ours(c)).toEqual(expected);
        outcomes.add(expected.error !== undefined ? expected.error.split(":")[0]! : `ok:${expected.authType}`);
        runs++;
      }),
      { numRuns: Number(process.env.DIFFERENTIAL_RUNS ?? 600) },
    );
    expect(runs).toBeGreaterThanOrEqual(500);
    // The generator reaches the interesting branches, not just one outcome.
    expect(outcomes.size).toBeGreaterThanOrEqual(5);
  }, 300_000);
});
