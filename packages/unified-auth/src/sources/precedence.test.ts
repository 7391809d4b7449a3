import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../resolve-config.js";
import { tempHome } from "../test-support/temp-home.js";
import type { AttributeSource, Dialect } from "../types.js";

const RANK: Record<AttributeSource["kind"], number> = { explicit: 0, env: 1, profile: 2, derived: 3 };
const value = fc.constantFrom("", "a", "b");

describe("explicit > env > profile, per attribute", () => {
  it.each(["go", "python", "js"] as Dialect[])("%s: every value comes from the highest source that has one; what it hid is lower", async (dialect) => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(value, value, value, value, value, value, async (eHost, eCluster, vHost, vCluster, fHost, fCluster) => {
        const explicit = { profile: "p", ...(eHost ? { host: `https://${eHost}.example` } : {}), cluster_id: eCluster };
        const env = { DATABRICKS_HOST: vHost ? `https://${vHost}.env.example` : "", DATABRICKS_CLUSTER_ID: vCluster };
        const home = tempHome(`[p]\nhost = ${fHost ? `https://${fHost}.file.example` : ""}\ncluster_id = ${fCluster}\n`);
        const r = await resolveConfig({ dialect, explicit, env, homeDir: home, selectAuth: false });
        // Go skips every empty value; Python keeps explicit/file "" (env "" skipped); JS keeps them all.
        const counts = (kind: "explicit" | "env" | "profile", v: string) => v !== "" || (dialect === "js" ? true : dialect === "python" && kind !== "env");
        const expectKind = (given: Partial<Record<"explicit" | "env" | "profile", string>>) =>
          (["explicit", "env", "profile"] as const).find((kind) => given[kind] !== undefined && counts(kind, given[kind]));
        const clusterKind = expectKind({ explicit: eCluster, env: vCluster, profile: fCluster });
        expect(r.attributes.cluster_id?.source.kind).toBe(clusterKind);
        const hostKind = expectKind({ ...(eHost ? { explicit: eHost } : {}), env: vHost, profile: fHost });
        expect(r.attributes.host?.source.kind).toBe(hostKind);
        for (const s of r.shadowed) expect(RANK[s.source.kind]).toBeGreaterThan(RANK[s.hiddenBy.kind]);
        checked++;
      }),
      { numRuns: 150 },
    );
    expect(checked).toBe(150);
  });
});
