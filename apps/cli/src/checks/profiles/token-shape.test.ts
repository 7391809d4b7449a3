import { describe, expect, it } from "vitest";
import { tokenShape } from "./token-shape.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";

const run = async (name: string, values: Record<string, string> = {}, now?: () => number) =>
  checkConfig(tokenShape, await loadFixture("token-shape", name, values), now ? { now } : {});

const jwt = (exp: number) => `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify({ exp })).toString("base64url")}.c2lnbmF0dXJl`;

describe("token-shape", () => {
  it("passes a PAT and shows only its redacted form", async () => {
    const values: Record<string, string> = {};
    const [finding] = await checkConfig(tokenShape, await loadFixture("common", "valid.databrickscfg", values));
    expect(finding).toMatchObject({ id: "token-shape", status: "pass", message: `[DEFAULT] token dapi…${values.TOKEN_A!.slice(-4)} has the PAT format.` });
  });

  it("suggests a command that keeps a profile name with a space as one argument", async () => {
    const [finding] = await checkConfig(tokenShape, "[my workspace]\nhost = https://dbc-1.cloud.databricks.com\ntoken = dapi123\n");
    expect(finding!.fix).toBe("Paste the token again without decoration: dbcfg configure --profile 'my workspace' --token-stdin");
  });

  it("fails quotes that the Python SDK sends along", async () => {
    const [finding] = await run("quoted.databrickscfg");
    expect(finding).toMatchObject({
      status: "fail",
      message: "[DEFAULT] token is wrapped in quotes: Go and JS strip them, the Python SDK sends them and gets 403 Invalid access token.",
    });
  });

  it("fails a Bearer prefix", async () => {
    const [finding] = await run("bearer.databrickscfg");
    expect(finding!.status).toBe("fail");
    expect(finding!.message).toContain('starts with "Bearer "');
  });

  it("fails a placeholder", async () => {
    const [finding] = await run("placeholder.databrickscfg", { PLACEHOLDER: "dapi" + "0".repeat(32) });
    expect(finding!.status).toBe("fail");
    expect(finding!.message).toMatch(/token dapi…0000 is a placeholder/);
  });

  it("warns about a value that is not PAT-shaped", async () => {
    const [finding] = await run("not-a-pat.databrickscfg");
    expect(finding).toMatchObject({ status: "warn" });
    expect(finding!.message).toContain("does not look like a personal access token (dapi + 32 hex)");
  });

  it("fails an empty token", async () => {
    const [finding] = await run("empty.databrickscfg");
    expect(finding!.status).toBe("fail");
    expect(finding!.message).toContain("token is empty");
  });

  it("recognises an expired JWT (an OAuth/Azure AD access token)", async () => {
    const now = Date.UTC(2026, 0, 1);
    const [expired] = await run("jwt.databrickscfg", { JWT: jwt(now / 1000 - 60) }, () => now);
    expect(expired).toMatchObject({ status: "fail" });
    expect(expired!.message).toContain("is a JWT (an OAuth/Azure AD access token, already expired)");
    const [fresh] = await run("jwt.databrickscfg", { JWT: jwt(now / 1000 + 600) }, () => now);
    expect(fresh!.status).toBe("warn");
  });

  it("skips profiles that use another method", async () => {
    const [finding] = await run("oauth.databrickscfg");
    expect(finding).toMatchObject({ status: "skip", message: "Skipped: [DEFAULT] does not use a token (auth_type)." });
  });
});
