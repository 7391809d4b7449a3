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

  it("answers a mistyped flag with the flag meant, the usage lines and where the rest is, not the whole help", async () => {
    const ctx = fakeContext();
    expect(await main(["token", "create", "--lifetime", "7d"], ctx)).toBe(2);
    expect(ctx.stderr.text).toBe(
      [
        "Error: Unknown option '--lifetime' (did you mean --lifetime-seconds?)",
        "",
        "Usage: dbcfg token <create|list|revoke|rotate> [flags]",
        "Usage: dbcfg token create [-p PROFILE] [--comment TEXT] [--lifetime-seconds N] [--scopes A,B] [--on-behalf-of APP-ID] [--show]",
        "Usage: dbcfg token list [-p PROFILE] [--json]",
        "Usage: dbcfg token revoke <token-id> [-p PROFILE]",
        "Usage: dbcfg token rotate [-p PROFILE] [--lifetime-seconds N] [--old-token-id ID] [--save-to-profile NAME] [--show]",
        "",
        "Run `dbcfg token --help` for its flags.",
        "",
      ].join("\n"),
    );
    const configure = fakeContext();
    expect(await main(["configure", "--hots", "x"], configure)).toBe(2);
    expect(configure.stderr.text).toContain("Error: Unknown option '--hots' (did you mean --host?)\n\nUsage: dbcfg configure [-p PROFILE]");
    expect(configure.stderr.text).toContain(
      "\n       dbcfg configure [-p PROFILE] --configure-cluster | --cluster-id ID [--force]\n\nRun `dbcfg configure --help`",
    );
    const doctor = fakeContext();
    expect(await main(["doctor", "--ofline"], doctor)).toBe(2);
    expect(doctor.stderr.text).toMatch(/^Error: Unknown option '--ofline' \(did you mean --offline\?\)\n/);
  });
});
