/** The tools whose versions the doctor compares. */
export type Tool = "cli" | "python" | "js";

/** A capability a profile relies on, and the first release of each tool that has it. */
export interface Feature {
  id: "unified-host" | "token-scopes";
  title: string;
  minimum: Record<Tool, string | undefined>;
  source: string;
}

/**
 * From the tools' changelogs: databricks/cli CHANGELOG.md ("Release v0.299.0 (2026-04-29)":
 * unified hosts detected from /.well-known/databricks-config; "Release v0.298.0": sdk-go v0.128.0,
 * whose v0.127.0 added `Scopes` to `CreateTokenRequest`), databricks-sdk-py CHANGELOG.md ("Release
 * v0.103.0 (2026-04-20)": unified hosts and `scopes` on `CreateTokenRequest`), databricks-sdk-js
 * CHANGELOG.md ("Release v0.16.0 (2026-01-27)": unified hosts; no release has token scopes yet).
 */
export const FEATURES: readonly Feature[] = [
  {
    id: "unified-host",
    title: "unified hosts (one profile with account_id and workspace_id)",
    minimum: { cli: "0.299.0", python: "0.103.0", js: "0.16.0" },
    source: "https://github.com/databricks/cli/blob/main/CHANGELOG.md",
  },
  {
    id: "token-scopes",
    title: "scoped personal access tokens (scopes on token create)",
    minimum: { cli: "0.298.0", python: "0.103.0", js: undefined },
    source: "https://github.com/databricks/databricks-sdk-py/blob/main/CHANGELOG.md",
  },
];

/** `-1`, `0` or `1` for dotted numeric versions (`0.299.2` vs `0.299.0`); pre-release suffixes ignored. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) =>
    v
      .replace(/^v/, "")
      .split(/[-+]/)[0]!
      .split(".")
      .map((n) => Number.parseInt(n, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}
