import { describe, expect, it } from "vitest";
import { createProgress } from "./progress.js";

function sink(isTTY: boolean) {
  const written: string[] = [];
  return { written, isTTY, write: (text: string) => void written.push(text) };
}

describe("createProgress", () => {
  it("shows counts and MB/s on a terminal, then clears the line", () => {
    const out = sink(true);
    let now = 0;
    const progress = createProgress(out, "blobs", () => now);
    now = 1000;
    progress.advance(2_000_000);
    progress.done();
    expect(out.written).toEqual(["\r\x1b[2Kscanning: 1 blobs, 2.0 MB, 2.0 MB/s", "\r\x1b[2K"]);
  });

  it("writes nothing on a pipe", () => {
    const out = sink(false);
    const progress = createProgress(out, "files");
    progress.advance(10);
    progress.done();
    expect(out.written).toEqual([]);
  });
});
