import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openReusedBufferPipe } from "./reused-buffer-pipe.js";

describe("openReusedBufferPipe", () => {
  it("delivers every byte a child writes to its stdout, in order, then ends", async () => {
    const hash = createHash("sha256");
    let bytes = 0;
    let ended!: () => void;
    const end = new Promise<void>((resolve) => (ended = resolve));
    const pipe = await openReusedBufferPipe((chunk) => {
      hash.update(chunk);
      bytes += chunk.length;
    }, ended);
    const script = "for (let i = 0; i < 200; i++) process.stdout.write(String(i).padStart(8, '0').repeat(4096));";
    const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", pipe.childEnd, "inherit"] });
    pipe.childEnd.destroy();
    await Promise.all([end, new Promise((resolve) => child.on("close", resolve))]);
    const expected = createHash("sha256");
    for (let i = 0; i < 200; i++) expected.update(String(i).padStart(8, "0").repeat(4096));
    expect(bytes).toBe(200 * 8 * 4096);
    expect(hash.digest("hex")).toBe(expected.digest("hex"));
  });
});
