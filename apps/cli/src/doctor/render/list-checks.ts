import type { Check } from "../engine/types.js";

/** One entry of `dbcfg doctor --list-checks --format json`. */
export interface CheckListing {
  id: string;
  title: string;
  group: Check["group"];
  online: boolean;
  requires: readonly string[];
  help: string;
}

/** Every check as data, in report order (for `--list-checks --format json`). */
export function toCheckListings(checks: readonly Check[]): CheckListing[] {
  return checks.map(({ id, title, group, online, requires, help }) => ({ id, title, group, online, requires: [...requires], help }));
}

/** `dbcfg doctor --list-checks`: one aligned line per check — id, group, title, and what it needs. */
export function renderCheckList(checks: readonly Check[]): string {
  const width = Math.max(...checks.map((check) => check.id.length));
  const groupWidth = Math.max(...checks.map((check) => check.group.length));
  const lines = checks.map((check) => {
    const needs = check.requires.length > 0 ? ` (needs ${check.requires.join(", ")})` : "";
    return `${check.id.padEnd(width)}  ${check.group.padEnd(groupWidth)}  ${check.title}${needs}`;
  });
  return [...lines, "", "Run some: dbcfg doctor --check ID [--check ID…]; leave some out: --skip ID."].join("\n");
}
