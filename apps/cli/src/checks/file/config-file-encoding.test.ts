import { describe, expect, it } from "vitest";
import { configFileEncoding } from "./config-file-encoding.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";

const valid = () => loadFixture("common", "valid.databrickscfg");

describe("config-file-encoding", () => {
  it("passes plain UTF-8", async () => {
    const [finding] = await checkConfig(configFileEncoding, await valid());
    expect(finding).toMatchObject({ id: "config-file-encoding", status: "pass", message: "UTF-8 without BOM, consistent line endings." });
  });

  it("warns about a UTF-8 BOM, which breaks the Python SDK", async () => {
    const [finding] = await checkConfig(configFileEncoding, "\uFEFF" + (await valid()));
    expect(finding).toMatchObject({ status: "warn", location: expect.objectContaining({ line: 1, column: 1 }) });
    expect(finding!.message).toContain("MissingSectionHeaderError");
  });

  it("fails on UTF-16 (PowerShell 5's default)", async () => {
    const text = await valid();
    const [finding] = await checkConfig(configFileEncoding, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect(finding!.status).toBe("fail");
    expect(finding!.message).toContain("UTF-16LE encoded");
  });

  it("fails on invalid UTF-8 and on NUL bytes, with the line", async () => {
    const findings = await checkConfig(configFileEncoding, Buffer.concat([Buffer.from("[DEFAULT]\nhost = h\xff\n", "latin1"), Buffer.from("x = \u0000\n")]));
    expect(findings.map((f) => f.status)).toEqual(["fail", "fail"]);
    expect(findings[0]!.message).toBe("The file is not valid UTF-8; some bytes will be read as U+FFFD.");
    expect(findings[1]).toMatchObject({
      message: "Line 3 contains a NUL byte; the file is probably corrupted or binary.",
      location: expect.objectContaining({ line: 3 }),
    });
  });

  it("warns about mixed line endings", async () => {
    const [finding] = await checkConfig(configFileEncoding, "[DEFAULT]\r\nhost = https://a.cloud.databricks.com\n");
    expect(finding).toMatchObject({ status: "warn", message: "The file mixes CRLF (1) and LF (1) line endings." });
  });
});
