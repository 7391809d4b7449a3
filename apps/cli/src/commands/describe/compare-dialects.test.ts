import type { Resolution } from "@dbcfg/unified-auth";
import { describe, expect, it } from "vitest";
import { compareDialects } from "./compare-dialects.js";

function resolution(dialect: Resolution["dialect"], attributes: Record<string, string>, extra: Partial<Resolution> = {}): Resolution {
  return {
    dialect,
    host: attributes.host,
    authType: "pat",
    isAzure: false,
    isAws: true,
    isGcp: false,
    isAccount: false,
    hostType: "WORKSPACE_HOST",
    scopes: ["all-apis"],
    configFile: "/home/me/.databrickscfg",
    configFileStatus: "read",
    attributes: Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, { value: v, source: { kind: "explicit" } }])),
    shadowed: [],
    warnings: [],
    ...extra,
  } as Resolution;
}

describe("compareDialects", () => {
  it("finds nothing when every dialect reads the same", () => {
    const attrs = { host: "https://h", token: "dapi…1a2b" };
    expect(compareDialects({ go: { resolution: resolution("go", attrs) }, js: { resolution: resolution("js", attrs) } })).toEqual([]);
  });

  it("lists each attribute read differently, with every dialect's value", () => {
    const d = compareDialects({
      go: { resolution: resolution("go", { host: "https://h", token: "dapi…1a2b" }) },
      python: { resolution: resolution("python", { host: "https://h", token: '…1a2b"' }, { profile: "p" }) },
      js: { resolution: resolution("js", { host: "https://h", token: "dapi…1a2b" }) },
    });
    expect(d).toEqual([
      { field: "profile", values: { go: "(unset)", python: "p", js: "(unset)" } },
      { field: "attributes.token", values: { go: "dapi…1a2b", python: '…1a2b"', js: "dapi…1a2b" } },
    ]);
  });

  it("reports one dialect failing where another resolves, and compares only those that resolve", () => {
    const d = compareDialects({
      go: { error: { message: "default auth: cannot configure default credentials" } },
      python: { resolution: resolution("python", { host: "https://h" }) },
      js: { resolution: resolution("js", { host: "https://h" }) },
    });
    expect(d).toEqual([{ field: "outcome", values: { go: "error: default auth: cannot configure default credentials", python: "resolved", js: "resolved" } }]);
  });
});
