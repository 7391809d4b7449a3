import { describe, expect, it } from "vitest";
import { DEFAULT_WORKSPACE_ID, EmulatorConfigError, normalizeSeed } from "./index.js";
import { randomBytes } from "node:crypto";

describe("normalizeSeed", () => {
  it("fills the defaults: one admin, one user, one service principal, tokens on, 730 days", () => {
    const seed = normalizeSeed();
    expect(seed.workspaceId).toBe(DEFAULT_WORKSPACE_ID);
    expect(seed.principals.map((p) => [p.kind, p.userName, p.admin])).toEqual([
      ["user", "admin@example.com", true],
      ["user", "user@example.com", false],
      ["servicePrincipal", "6f5ccf28-d83a-4957-9bfb-5bbfac551410", false],
    ]);
    expect(seed.workspaceConf).toEqual({ enableTokensConfig: "true", maxTokenLifetimeDays: "730" });
    expect(seed.tokens).toEqual([]);
  });

  it("derives display names and ids, merges workspace-conf over the defaults", () => {
    const seed = normalizeSeed({
      users: [{ userName: "ana@corp.com" }, { userName: "bo@corp.com", id: 42, admin: true }],
      workspaceConf: { maxTokenLifetimeDays: "7" },
    });
    expect(seed.principals[0]).toEqual({ kind: "user", userName: "ana@corp.com", displayName: "ana", id: 7000000000000001, admin: false });
    expect(seed.principals[1]?.id).toBe(42);
    expect(seed.workspaceConf).toEqual({ enableTokensConfig: "true", maxTokenLifetimeDays: "7" });
  });

  it.each([
    [null, /seed must be an object, got null/],
    [{ users: [] }, /seed\.users must list at least one user/],
    [{ users: [{ userName: "" }] }, /seed\.users\[0\]\.userName must be a non-empty string, got an empty string/],
    [{ users: [{ userName: "a" }, { userName: "a" }] }, /names "a" twice/],
    [
      {
        users: [
          { userName: "a", id: 1 },
          { userName: "b", id: 1 },
        ],
      },
      /principal id 1 twice/,
    ],
    [{ users: [{ userName: "a", id: 2 ** 60 }] }, /seed\.users\[0\]\.id must be an integer/],
    [{ users: [{ userName: "a", admin: "yes" }] }, /seed\.users\[0\]\.admin must be true or false/],
    [{ workspaceConf: { maxTokenLifetimeDays: 90 } }, /seed\.workspaceConf\.maxTokenLifetimeDays must be a string/],
    [{ tokens: [{ userName: "ghost@example.com" }] }, /seed\.tokens\[0\]\.userName is not a seeded user or service principal \(known: admin@example\.com, /],
    [{ tokens: [{ userName: "user@example.com", expiryTime: 0 }] }, /seed\.tokens\[0\]\.expiryTime must be -1/],
    [{ tokens: [{ userName: "user@example.com", createdBy: "x" }] }, /seed\.tokens\[0\]\.createdBy/],
    [{ workspaceID: 1 }, /seed has unknown field "workspaceID"/],
  ])("rejects %j", (seed, message) => {
    expect(() => normalizeSeed(seed)).toThrow(message);
    expect(() => normalizeSeed(seed)).toThrow(EmulatorConfigError);
  });

  it("rejects duplicate token values without ever quoting them", () => {
    const value = `dapi${randomBytes(16).toString("hex")}`;
    let message = "";
    try {
      normalizeSeed({
        tokens: [
          { userName: "user@example.com", value },
          { userName: "admin@example.com", value },
        ],
      });
    } catch (error) {
      message = (error as Error).message;
      expect((error as EmulatorConfigError).code).toBe("EMULATOR_INVALID_SEED");
    }
    expect(message).toBe("seed.tokens[1].value repeats the value of seed.tokens[0]");
    expect(message).not.toContain(value);
  });

  it("describes a wrongly typed value by its type only, so a misplaced token is not echoed", () => {
    const value = `dapi${randomBytes(16).toString("hex")}`;
    expect(() => normalizeSeed({ users: [{ userName: "a", displayName: 1 }], workspaceId: value })).toThrow(
      "seed.workspaceId must be an integer from 1 to 9007199254740991, got a string of 36 characters",
    );
  });
});
