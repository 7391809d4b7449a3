import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { fakeContext } from "../test-support/fake-context.js";

describe("help of describe, profiles, token and configure", () => {
  it.each([["describe"], ["profiles"], ["token"], ["auth"], ["configure"]])("dbcfg %s --help prints its usage", async (name) => {
    const ctx = fakeContext();
    expect(await main([name, "--help"], ctx)).toBe(0);
    expect(ctx.stdout.text).toMatch(new RegExp(`^Usage: dbcfg ${name}`));
  });

  it("lists each command in dbcfg --help", async () => {
    const ctx = fakeContext();
    await main(["--help"], ctx);
    for (const name of ["describe", "profiles", "token", "auth", "configure"]) expect(ctx.stdout.text).toMatch(new RegExp(`^  ${name}\\s+\\S`, "m"));
  });

  it("shows every token subcommand's usage under dbcfg token --help", async () => {
    const ctx = fakeContext();
    await main(["token", "create", "--help"], ctx);
    for (const sub of ["create", "list", "revoke", "rotate"]) expect(ctx.stdout.text).toContain(`Usage: dbcfg token ${sub}`);
  });
});
