import { inspect } from "node:util";
import { describe as group, expect, it } from "vitest";
import { describe } from "./describe.js";
import { resolveConfig } from "./resolve-config.js";
import { tempHome } from "./test-support/temp-home.js";
import type { Dialect, ResolveOptions } from "./types.js";
import { fakePat } from "@dbcfg/pat/testing";

const DIALECTS: Dialect[] = ["go", "python", "js"];

/** Every way we know to make a token travel into a message: as a secret, and where no secret belongs. */
function scenarios(token: string): [string, ResolveOptions][] {
  return [
    ["token and basic conflict", { env: { DATABRICKS_HOST: "h", DATABRICKS_TOKEN: token, DATABRICKS_USERNAME: "u", DATABRICKS_PASSWORD: token } }],
    ["token without host", { env: { DATABRICKS_TOKEN: token } }],
    ["token pasted into the host", { explicit: { host: token } }],
    ["token pasted into the username", { env: { DATABRICKS_USERNAME: token, DATABRICKS_TOKEN: "t" } }],
    ["token as the profile name", { env: { DATABRICKS_CONFIG_PROFILE: token } }],
    ["token in a profile that is then missing", { env: { DATABRICKS_CONFIG_PROFILE: "nope" }, homeDir: tempHome(`[DEFAULT]\ntoken = ${token}\n`) }],
    ["token on a line the parser rejects", { homeDir: tempHome(`[DEFAULT]\nhost = h\n${token}\n`) }],
    ["token in an env var the SDK parses", { env: { ARM_USE_MSI: token, DATABRICKS_RATE_LIMIT: token } }],
    ["token as the auth type", { explicit: { host: "h", auth_type: token } }],
    [
      "token shadowed by the environment",
      { env: { DATABRICKS_HOST: "h", DATABRICKS_TOKEN: "t", DATABRICKS_CONFIG_PROFILE: "p" }, homeDir: tempHome(`[p]\ntoken = ${token}\nhost = ${token}\n`) },
    ],
  ];
}

group("a planted token never appears in output", () => {
  for (const dialect of DIALECTS) {
    it(`${dialect}: errors, describe, inspect and JSON`, async () => {
      const token = fakePat();
      const body = token.slice(4);
      let outputs = 0;
      for (const [name, options] of scenarios(token)) {
        const all = { env: {}, homeDir: tempHome(), ...options, dialect };
        try {
          const r = await resolveConfig(all);
          for (const text of [describe(r), inspect(r, { depth: 10 }), JSON.stringify(r)]) {
            expect(text, name).not.toContain(body);
            outputs++;
          }
        } catch (error) {
          const e = error as Error;
          expect(e.message, name).not.toContain(body);
          expect(inspect(e), name).not.toContain(body);
          outputs++;
        }
      }
      expect(outputs).toBeGreaterThanOrEqual(scenarios(token).length);
    });
  }

  it("masks the token but keeps the rest of the SDK's text exact", async () => {
    const token = fakePat();
    await expect(resolveConfig({ explicit: { host: token }, env: {}, homeDir: tempHome() })).rejects.toThrow(
      `default auth: cannot configure default credentials, please check https://docs.databricks.com/en/dev-tools/auth.html#databricks-client-unified-authentication to configure credentials for your preferred authentication method. Config: host=https://dapi…${token.slice(-4)}`,
    );
  });
});
