import { describe, expect, it } from "vitest";
import { DEFAULT_WORKSPACE_ID, EmulatorConfigError, normalizeSeed } from "./index.js";
import { randomBytes } from "node:crypto";

const CLUSTER = { cluster_id: "0101-120000-abcdefgh", cluster_name: "Shared", spark_version: "13.3.x-scala2.12", state: "RUNNING" };

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
    [{ servicePrincipals: [{ applicationId: "a", secret: "" }] }, /seed\.servicePrincipals\[0\]\.secret must be a non-empty string/],
    [{ clusters: {} }, /seed\.clusters must be an array/],
    [{ clusters: [{ cluster_id: "c", cluster_name: "n", spark_version: "13.3.x-scala2.12" }] }, /seed\.clusters\[0\]\.state must be a non-empty string/],
    [{ clusters: [{ ...CLUSTER, state: "running" }] }, /seed\.clusters\[0\]\.state must be one of PENDING, RUNNING, .*got "running"/],
    [{ clusters: [{ ...CLUSTER, data_security_mode: "SHARED" }] }, /seed\.clusters\[0\]\.data_security_mode must be one of .*USER_ISOLATION/],
    [
      { clusters: [{ ...CLUSTER, clusterId: "x" }] },
      /seed\.clusters\[0\] has unknown field "clusterId" \(known: cluster_id, cluster_name, spark_version, state/,
    ],
    [{ clusters: [CLUSTER, CLUSTER] }, /seed\.clusters\[1\]\.cluster_id repeats "0101-120000-abcdefgh"/],
    [{ clusters: [{ ...CLUSTER, visibleTo: ["ghost@example.com"] }] }, /seed\.clusters\[0\]\.visibleTo\[0\] is not a seeded user or service principal/],
    [{ entraTenantId: 7 }, /seed\.entraTenantId must be a non-empty string/],
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

  it("keeps only the hash of a service principal's OAuth secret, and takes clusters and the Entra tenant as given", () => {
    const secret = `dose${randomBytes(16).toString("hex")}`;
    const seed = normalizeSeed({
      servicePrincipals: [{ applicationId: "3f1c2d4e-5b6a-4789-9abc-def012345678", secret }],
      clusters: [{ ...CLUSTER, data_security_mode: "SINGLE_USER", visibleTo: ["user@example.com"] }],
      entraTenantId: "4c3b2a19-0f8e-4d7c-9b6a-5f4e3d2c1b0a",
    });
    expect(seed.principals[2]?.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(seed)).not.toContain(secret);
    expect(seed.clusters).toEqual([{ ...CLUSTER, data_security_mode: "SINGLE_USER", visibleTo: ["user@example.com"] }]);
    expect(seed.entraTenantId).toBe("4c3b2a19-0f8e-4d7c-9b6a-5f4e3d2c1b0a");
    expect(normalizeSeed().clusters).toEqual([]);
  });
});
