import { fakePat } from "@dbcfg/pat/testing";
import { describe, expect, it } from "vitest";
import { loadDoctorInput } from "../input/doctor-input.js";
import { loadFixture } from "../../test-support/doctor-harness.js";
import { fakeContext } from "../../test-support/fake-context.js";
import { makeHome } from "../../test-support/temp-home.js";
import { previewFixes } from "./apply-fixes.js";
import { planFixes } from "./plan-fixes.js";
import { unifiedDiff } from "./unified-diff.js";

async function preview(text: string, mode = 0o600) {
  const home = await makeHome(text, mode);
  try {
    const input = await loadDoctorInput(fakeContext({ homeDir: home.dir }), { allProfiles: false });
    const plan = planFixes(input);
    return { plan, ...previewFixes(input.doc.toString(), home.configPath, plan) };
  } finally {
    await home.cleanup();
  }
}

describe("planFixes (applied through @dbcfg/config-file edits)", () => {
  it("normalises hosts, moves ?o= into workspace_id and keeps only the last duplicate, touching nothing else", async () => {
    const values: Record<string, string> = {};
    const result = await preview(await loadFixture("fix", "messy.databrickscfg", values), 0o644);
    expect(result.plan.chmod).toBe(true);
    expect(result.outcome.refused).toEqual([]);
    expect(result.outcome.applied).toEqual([
      "[DEFAULT] host adb-1234567890123456.7.azuredatabricks.net/?o=1234567890123456 → https://adb-1234567890123456.7.azuredatabricks.net, workspace_id = 1234567890123456",
      '[prod] removed the earlier "host" line 7, kept line 9, host https://prod.cloud.databricks.com/ → https://prod.cloud.databricks.com',
    ]);
    // The last host line is rewritten where it stands; only the earlier one goes.
    expect(result.text).toContain(`\n[prod]\ncluster_id = 0123-456789-abcdef\nhost = https://prod.cloud.databricks.com\ntoken = ${values.TOKEN_B}`);
    expect(result.text).toContain("; my workspaces\n[DEFAULT]\n");
    expect(result.text).toContain("host = https://adb-1234567890123456.7.azuredatabricks.net\n");
    expect(result.text).toContain("workspace_id = 1234567890123456\n");
    expect(result.text).toContain("# from the browser");
    expect(result.text).toContain(`token = ${values.TOKEN_A}\n`);
    expect(result.text.match(/^host = /gm)).toHaveLength(2);
    expect(result.text).toContain("host = https://prod.cloud.databricks.com\n");
    expect(result.text).toContain("cluster_id = 0123-456789-abcdef\n");
  });

  it("fixes a duplicate key by deleting the earlier lines only, keeping the last one where it is", async () => {
    const [first, middle, last] = [fakePat(), fakePat(), fakePat()];
    const text = `[a]\ntoken = ${first}\nhost = https://a.cloud.databricks.com\ntoken = ${middle}\ncluster_id = c\ntoken = ${last}\nwarehouse_id = w\n`;
    const result = await preview(text);
    expect(result.outcome.applied).toEqual(['[a] removed the earlier "token" lines 2, 4, kept line 6 (the value Go reads) where it is']);
    expect(result.text).toBe(`[a]\nhost = https://a.cloud.databricks.com\ncluster_id = c\ntoken = ${last}\nwarehouse_id = w\n`);
    for (const token of [first, middle, last]) expect(result.outcome.applied.join("\n")).not.toContain(token);
  });

  it("joins a token wrapped onto indented lines into the PAT it spells, and leaves other indented lines alone", async () => {
    const token = fakePat();
    const text = `; keep me\n[a]\nhost = https://a.cloud.databricks.com\ntoken = ${token.slice(0, 18)}\n  ${token.slice(18, 30)}\n\t${token.slice(30)}\ncluster_id = c\n`;
    const result = await preview(text);
    expect(result.outcome.applied).toEqual([`[a] joined the token dapi…${token.slice(-4)} wrapped onto lines 4–6 into one line`]);
    expect(result.text).toBe(`; keep me\n[a]\nhost = https://a.cloud.databricks.com\ntoken = ${token}\ncluster_id = c\n`);
    // Not a PAT once joined (or a PAT already): no edit.
    expect((await preview(`[a]\ntoken = ${token.slice(0, 18)}\n  not-hex\n`)).plan.edits).toEqual([]);
    expect((await preview(`[a]\ntoken = ${token}\n  ${token.slice(30)}\n`)).plan.edits).toEqual([]);
  });

  it("keeps CRLF line endings", async () => {
    const result = await preview("[DEFAULT]\r\nhost = example.cloud.databricks.com/\r\n");
    expect(result.text).toBe("[DEFAULT]\r\nhost = https://example.cloud.databricks.com\r\n");
  });

  it("leaves http:// on real hosts alone (changing the scheme is not a safe local fix)", async () => {
    const result = await preview("[DEFAULT]\nhost = http://example.cloud.databricks.com/\n");
    expect(result.plan.edits).toEqual([]);
  });

  it("plans nothing for a clean file", async () => {
    expect((await preview(await loadFixture("common", "valid.databrickscfg"))).plan).toEqual({ edits: [], chmod: false });
  });
});

describe("unifiedDiff", () => {
  it("prints hunks with context", () => {
    const before = ["a", "b", "c", "d", "e", "f", "g", "h", "i"].join("\n");
    const after = ["a", "b", "c", "d", "E", "f", "g", "h", "i"].join("\n");
    expect(unifiedDiff(before, after, "/x")).toBe(["--- /x", "+++ /x (fixed)", "@@ -2,7 +2,7 @@", " b", " c", " d", "-e", "+E", " f", " g", " h"].join("\n"));
    expect(unifiedDiff("same", "same", "/x")).toBe("");
  });
});
