import { describe, expect, it } from "vitest";
import { tcp } from "./tcp.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";
import { startEmulatorHome } from "../../test-support/emulator-home.js";
import { closedPort } from "@dbcfg/workspace-emulator/testing";

describe("tcp", () => {
  it("connects to the emulator", async () => {
    const env = await startEmulatorHome();
    try {
      const { runOneCheck } = await import("../../test-support/doctor-harness.js");
      const [finding] = await runOneCheck(tcp, env.cli);
      expect(finding).toMatchObject({ id: "tcp", status: "pass" });
      expect(finding!.message).toMatch(/^Connected to 127\.0\.0\.1:\d+\.$/);
    } finally {
      await env.close();
    }
  });

  it("classifies a refused port", async () => {
    const port = await closedPort();
    const [finding] = await checkConfig(tcp, await loadFixture("online", "emulator.databrickscfg", { URL: `http://127.0.0.1:${port}` }));
    expect(finding).toMatchObject({ status: "fail", message: `127.0.0.1:${port} refused the connection: nothing is listening there.` });
  });
});
