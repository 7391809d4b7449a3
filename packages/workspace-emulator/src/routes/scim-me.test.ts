import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../index.js";
import { callApi } from "../test-support/call-api.js";

let emu: Emulator;

afterEach(async () => {
  await emu.close();
});

describe("GET /api/2.0/preview/scim/v2/Me", () => {
  it("returns the caller as a SCIM User with X-Databricks-Org-Id", async () => {
    emu = await startEmulator({ seed: { workspaceId: 1234567890123456 } });
    const res = await callApi(emu.url, "/api/2.0/preview/scim/v2/Me", { token: emu.mintToken() });
    expect(res.status).toBe(200);
    expect(res.headers["x-databricks-org-id"]).toBe("1234567890123456");
    expect(res.json).toEqual({
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:workspace:2.0:User"],
      id: "7000000000000001",
      userName: "admin@example.com",
      displayName: "Admin User",
      active: true,
      name: { givenName: "Admin", familyName: "User" },
      emails: [{ type: "work", value: "admin@example.com", primary: true }],
      groups: [{ display: "admins", type: "direct", value: "1000000000000000", $ref: "Groups/1000000000000000" }],
      entitlements: [{ value: "workspace-access" }, { value: "databricks-sql-access" }],
    });
  });

  it("shows a non-admin without the admins group, and honours attributes / excludedAttributes", async () => {
    emu = await startEmulator();
    const token = emu.mintToken({ userName: "user@example.com" });
    expect((await callApi(emu.url, "/api/2.0/preview/scim/v2/Me", { token })).json).toMatchObject({ userName: "user@example.com", groups: [] });
    const slim = await callApi(emu.url, "/api/2.0/preview/scim/v2/Me?excludedAttributes=entitlements,groups", { token });
    expect(Object.keys(slim.json as object)).not.toContain("entitlements");
    expect(Object.keys(slim.json as object)).not.toContain("groups");
    const only = await callApi(emu.url, "/api/2.0/preview/scim/v2/Me?attributes=userName", { token });
    expect(only.json).toEqual({ schemas: expect.any(Array), id: "7000000000000002", userName: "user@example.com" });
  });
});
