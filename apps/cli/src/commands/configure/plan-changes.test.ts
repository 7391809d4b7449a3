import { describe, expect, it } from "vitest";
import { CONFLICTING_AUTH_KEYS, describeChange, planChanges } from "./plan-changes.js";
import { fakePat } from "@dbcfg/pat/testing";

describe("planChanges", () => {
  it("lists additions, changes and the removal of other auth methods' keys", () => {
    const changes = planChanges(
      { host: "https://a.example", username: "me", password: "pw", cluster_id: "c1", auth_type: "basic" },
      { host: "https://b.example", token: "t" },
    );
    expect(changes).toEqual([
      { key: "host", from: "https://a.example", to: "https://b.example" },
      { key: "token", to: "t" },
      { key: "username", from: "me" },
      { key: "password", from: "pw" },
      { key: "auth_type", from: "basic" },
    ]);
  });
  it("is empty when the profile already holds the values", () => {
    expect(planChanges({ host: "https://a.example", token: "t" }, { host: "https://a.example", token: "t" })).toEqual([]);
  });
  it("never removes the token or unrelated keys", () => {
    expect(CONFLICTING_AUTH_KEYS).not.toContain("token");
    expect(CONFLICTING_AUTH_KEYS).not.toContain("host");
    expect(CONFLICTING_AUTH_KEYS).not.toContain("cluster_id");
    expect(CONFLICTING_AUTH_KEYS).toEqual(expect.arrayContaining(["password", "client_secret", "azure_client_id", "auth_type"]));
  });
});

describe("describeChange", () => {
  it("redacts secrets on both sides", () => {
    const [a, b] = [fakePat(), fakePat()];
    const line = describeChange({ key: "token", from: a, to: b });
    expect(line).toBe(`  ~ token: dapi…${a.slice(-4)} → dapi…${b.slice(-4)}`);
    expect(describeChange({ key: "password", from: "hunter2-hunter2-hunter2" })).toBe("  - password: …ter2 (removed: another auth method)");
  });
  it("shows plain values as they are", () => {
    expect(describeChange({ key: "host", to: "https://a.example" })).toBe("  + host: https://a.example");
  });
});
