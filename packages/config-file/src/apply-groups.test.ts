import { describe, expect, it } from "vitest";
import type { ConfigEdit } from "./config-edit.js";
import { parseConfigFile } from "./parse-config-file.js";
import { sectionLocalGroups } from "./section-local-groups.js";

const PROFILES = 900;

/** A file of `PROFILES` profiles (large enough that edits one by one take seconds), with the quirks the section-by-section guards are about. */
function largeFile(extra = ""): string {
  const parts = ["; many profiles\n", extra];
  for (let p = 0; p < PROFILES; p++) {
    parts.push(`[p${p}]\nhost = https://dbc-${p}.cloud.databricks.com/${p % 3 === 0 ? "?o=12" : ""}\n`);
    parts.push(p % 5 === 0 ? `token = first-${p}\ntoken = second-${p}\n` : `token = t-${p}\n`);
    if (p % 7 === 0) parts.push(`  # a comment in [p${p}]\n`);
    parts.push("\n");
  }
  parts.push("[twice]\nhost = https://a.cloud.databricks.com\n\n[twice]\nhost = https://b.cloud.databricks.com\n");
  parts.push("[team]\nhost = https://team.cloud.databricks.com\n[team.dev]\nhost = https://dev.cloud.databricks.com\n");
  return parts.join("");
}

/** Groups of every kind: section-local ones, ones that must go one by one, refused ones, and one refused half-way. */
function groups(): ConfigEdit[][] {
  const all: ConfigEdit[][] = [];
  for (let p = 0; p < PROFILES; p += 10) {
    if (p % 5 === 0) all.push([{ op: "keepLastKey", profile: `p${p}`, key: "token" }]);
    all.push([{ op: "setValue", profile: `p${p}`, key: "host", value: `https://dbc-${p}.cloud.databricks.com` }]);
    if (p % 6 === 0) all.push([{ op: "setValue", profile: `p${p}`, key: "workspace_id", value: "12" }]);
  }
  all.push([{ op: "deleteKey", profile: "p1", key: "token" }]);
  all.push([{ op: "setValue", profile: "p3", key: "host", value: "two\nlines" }]);
  all.push([
    { op: "setValue", profile: "p9", key: "cluster_id", value: "c-1" },
    { op: "setValue", profile: "p9", key: "bad", value: " spaced " },
    { op: "setValue", profile: "p9", key: "never", value: "applied" },
  ]);
  all.push([{ op: "keepLastKey", profile: "twice", key: "host" }]);
  all.push([{ op: "setValue", profile: "twice", key: "host", value: "https://c.cloud.databricks.com" }]);
  all.push([{ op: "setValue", profile: "team", key: "warehouse_id", value: "w" }]);
  all.push([{ op: "setValue", profile: "team.dev", key: "host", value: "https://dev2.cloud.databricks.com" }]);
  all.push([{ op: "addProfile", profile: "added", values: { host: "https://new.cloud.databricks.com" } }]);
  all.push([{ op: "setDefaultProfile", profile: "p4" }]);
  return all;
}

/** The text and refusals of applying the groups one edit at a time, the way `applyGroups` must match. */
function oneByOne(text: string, edits: ConfigEdit[][]): { text: string; refused: (string | undefined)[]; log: ConfigEdit[] } {
  const doc = parseConfigFile(text, { path: "/x/.databrickscfg" });
  const refused = edits.map((group) => {
    try {
      for (const edit of group) doc.apply(edit);
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  });
  return { text: doc.toString(), refused, log: [...doc.edits] };
}

describe("ConfigDocument.applyGroups", () => {
  for (const [name, extra, reshape] of [
    ["without defaults", "", (text: string) => text],
    ["with a [DEFAULT] section (every group goes one by one)", "[DEFAULT]\nhost = https://default.cloud.databricks.com\n\n", (text: string) => text],
    ["with CRLF line endings and no final newline", "", (text: string) => text.replace(/\n/g, "\r\n").trimEnd()],
    ["with a byte order mark", "", (text: string) => `\uFEFF${text}`],
  ] as const) {
    it(`gives the text and refusals of edits one by one on a large file, ${name}`, () => {
      const text = reshape(largeFile(extra));
      const edits = groups();
      const expected = oneByOne(text, edits);
      const doc = parseConfigFile(text, { path: "/x/.databrickscfg" });
      const refused = doc.applyGroups(edits).map((error) => error?.message);
      expect(refused).toEqual(expected.refused);
      expect(refused.filter(Boolean).length).toBe(2);
      expect(doc.toString()).toBe(expected.text);
      expect(doc.lines.map((line) => line.raw + line.eol).join("")).toBe(expected.text);
      expect(new Set(doc.edits)).toEqual(new Set(expected.log));
      expect(doc.getValue("p9", "cluster_id")).toBe("c-1");
      expect(doc.getValue("p9", "never")).toBeUndefined();
    });
  }

  it("keeps the file's own spacing for lines it adds to a section", () => {
    const text = largeFile().replace(/ = /g, "=");
    const doc = parseConfigFile(text);
    doc.applyGroups([
      [{ op: "setValue", profile: "p2", key: "cluster_id", value: "c-2" }],
      [{ op: "setValue", profile: "p4", key: "cluster_id", value: "c-4" }],
    ]);
    expect(doc.toString()).toBe(
      oneByOne(text, [
        [{ op: "setValue", profile: "p2", key: "cluster_id", value: "c-2" }],
        [{ op: "setValue", profile: "p4", key: "cluster_id", value: "c-4" }],
      ]).text,
    );
    expect(doc.toString()).toContain("cluster_id=c-2\n");
  });

  it("edits section by section exactly the groups no other section can see", () => {
    const text = largeFile();
    const edits = groups();
    const blocks = sectionLocalGroups(parseConfigFile(text).lines, edits);
    const local = new Set(blocks.flatMap((block) => block.groups));
    const profilesOf = (indices: Iterable<number>) => new Set([...indices].map((index) => edits[index]![0]!.profile));
    const others = edits.map((_, index) => index).filter((index) => !local.has(index));
    expect(profilesOf(others)).toEqual(new Set(["team", "team.dev", "added", "p4"]));
    expect(edits.filter((group) => group[0]!.op === "setDefaultProfile").every((group) => others.includes(edits.indexOf(group)))).toBe(true);
    expect([...profilesOf(local)].every((profile) => /^p\d+$|^twice$/.test(profile))).toBe(true);
    expect(blocks.find((block) => edits[block.groups[0]!]![0]!.profile === "twice")!.ranges).toHaveLength(2);
    const starts = blocks.map((block) => block.ranges[0]![0]);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(sectionLocalGroups(parseConfigFile("[DEFAULT]\nx = 1\n" + text).lines, edits)).toEqual([]);
    expect(sectionLocalGroups(parseConfigFile("x = 1\n" + text).lines, edits)).toEqual([]);
  });
});
