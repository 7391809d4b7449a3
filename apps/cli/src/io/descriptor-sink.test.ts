import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { descriptorSink } from "./descriptor-sink.js";

/** A process stream stand-in that records what reaches it. */
function recordingStream() {
  const chunks: string[] = [];
  return { chunks, stream: () => ({ write: (chunk: string | Uint8Array) => chunks.push(Buffer.from(chunk).toString("utf8")) > 0 }) };
}

const errno = (code: string) => Object.assign(new Error(code), { code });

describe("descriptorSink", () => {
  it("writes straight to a file descriptor, multi-byte text intact, without touching the stream", () => {
    const dir = mkdtempSync(join(tmpdir(), "dbcfg-sink-"));
    try {
      const fd = openSync(join(dir, "out"), "w");
      const { chunks, stream } = recordingStream();
      const sink = descriptorSink(fd, stream);
      sink.write("✓ 12 passed\n");
      sink.write("! ünïcode\n");
      closeSync(fd);
      expect(readFileSync(join(dir, "out"), "utf8")).toBe("✓ 12 passed\n! ünïcode\n");
      expect(sink.isTTY).toBe(false);
      expect(chunks).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes a terminal through the process stream", () => {
    const { chunks, stream } = recordingStream();
    const sink = descriptorSink(1, stream, {
      isTTY: true,
      writeSync: () => {
        throw new Error("not for a TTY");
      },
    });
    sink.write("hello\n");
    expect(chunks).toEqual(["hello\n"]);
    expect(sink.isTTY).toBe(true);
  });

  it("finishes a partial write, and after EAGAIN sends the rest and everything later through the stream, in order", () => {
    const { chunks, stream } = recordingStream();
    const direct: string[] = [];
    let calls = 0;
    const sink = descriptorSink(9, stream, {
      isTTY: false,
      writeSync: (_fd, bytes, offset) => {
        calls++;
        if (calls === 3) throw errno("EAGAIN");
        const part = bytes.subarray(offset, offset + 3);
        direct.push(part.toString("utf8"));
        return part.length;
      },
    });
    sink.write("abcdefghij");
    sink.write("later");
    expect(direct.join("") + chunks.join("")).toBe("abcdefghijlater");
    expect(chunks).toEqual(["ghij", "later"]);
  });

  it("goes quiet once the reader has gone (EPIPE, as with `| head`)", () => {
    const { chunks, stream } = recordingStream();
    let calls = 0;
    const sink = descriptorSink(9, stream, {
      isTTY: false,
      writeSync: () => {
        calls++;
        throw errno("EPIPE");
      },
    });
    sink.write("first\n");
    sink.write("second\n");
    expect(calls).toBe(1);
    expect(chunks).toEqual([]);
  });

  it("lets any other write error through", () => {
    const sink = descriptorSink(9, recordingStream().stream, {
      isTTY: false,
      writeSync: () => {
        throw errno("EBADF");
      },
    });
    expect(() => sink.write("x")).toThrow("EBADF");
  });
});
