import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildUserAgent, TOKEN_API_VERSION } from "./user-agent.js";
import { fakePat } from "@dbcfg/pat/testing";

describe("buildUserAgent", () => {
  it("is dbcfg/<version> node/<version> os/<platform> auth/pat", () => {
    expect(buildUserAgent()).toBe(`dbcfg/${TOKEN_API_VERSION} node/${process.versions.node} os/${process.platform} auth/pat`);
    expect(buildUserAgent({ version: "1.2.3", nodeVersion: "20.20.2", platform: "linux" })).toBe("dbcfg/1.2.3 node/20.20.2 os/linux auth/pat");
  });

  it("takes the version from package.json", () => {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(TOKEN_API_VERSION).toBe(manifest.version);
  });

  it("inserts extra key/value pairs before auth/pat", () => {
    expect(buildUserAgent({ version: "1", nodeVersion: "2", platform: "p", extra: " cmd/doctor  cli/0.1.0 " })).toBe(
      "dbcfg/1 node/2 os/p cmd/doctor cli/0.1.0 auth/pat",
    );
  });

  it("rejects a malformed pair without echoing a secret in it", () => {
    const token = fakePat();
    expect(() => buildUserAgent({ extra: "no-slash" })).toThrow(/"no-slash" is not a key\/value pair/);
    let message = "";
    try {
      buildUserAgent({ extra: `x ${token}` });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/is not a key\/value pair/);
    expect(message).not.toContain(token);
  });
});
