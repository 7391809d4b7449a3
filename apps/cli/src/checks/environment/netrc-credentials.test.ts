import { chmod, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { netrcCredentials, parseNetrc } from "./netrc-credentials.js";
import { loadFixture, runOneCheck } from "../../test-support/doctor-harness.js";
import { fakeContext } from "../../test-support/fake-context.js";
import { makeHome } from "../../test-support/temp-home.js";

async function withNetrc(netrc: string | undefined, mode = 0o600) {
  const values: Record<string, string> = {};
  const home = await makeHome(await loadFixture("netrc-credentials", "profiles.databrickscfg", values));
  try {
    if (netrc !== undefined) {
      await writeFile(join(home.dir, ".netrc"), netrc);
      await chmod(join(home.dir, ".netrc"), mode);
    }
    return { findings: await runOneCheck(netrcCredentials, fakeContext({ homeDir: home.dir })), home: home.dir };
  } finally {
    await home.cleanup();
  }
}

describe("netrc-credentials", () => {
  it("parses machine entries, skipping macdef bodies and default", () => {
    expect(parseNetrc("machine a login l password p\n\nmacdef m\nmachine b\n\nmachine c\n  password q\ndefault login d")).toEqual([
      { machine: "a", login: "l", password: "p", line: 1 },
      { machine: "c", password: "q", line: 6 },
    ]);
  });

  it("warns about a Databricks host in a private ~/.netrc, showing only the redacted token", async () => {
    const values: Record<string, string> = {};
    const { findings, home } = await withNetrc(await loadFixture("netrc-credentials", "netrc", values));
    expect(findings).toEqual([
      expect.objectContaining({
        status: "warn",
        message: `${join(home, ".netrc")} line 2 holds credentials for dev-workspace.cloud.databricks.com (login token) (password dapi…${values.TOKEN_A!.slice(-4)}): curl --netrc, git and Python requests send them, and rotating the profile's token does not update them.`,
      }),
    ]);
    expect(JSON.stringify(findings)).not.toContain(values.TOKEN_A!.slice(4, -4));
    expect(JSON.stringify(findings)).not.toContain(values.TOKEN_GH!.slice(4, -4));
  });

  it("fails when the file is readable by others", async () => {
    const { findings } = await withNetrc(await loadFixture("netrc-credentials", "netrc"), 0o644);
    expect(findings[0]).toMatchObject({ status: "fail", fix: expect.stringMatching(/^chmod 600 /) });
    expect(findings[0]!.message).toContain("the file is readable by others (mode 644)");
  });

  it("passes without a netrc or without Databricks hosts in it", async () => {
    expect((await withNetrc(undefined)).findings[0]).toMatchObject({ status: "pass" });
    expect((await withNetrc("machine github.com login a password b\n")).findings[0]).toMatchObject({
      status: "pass",
      message: expect.stringContaining("holds no credentials for a Databricks host"),
    });
  });
});
