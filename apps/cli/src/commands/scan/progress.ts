import type { TextSink } from "../../context.js";

/** Counts scanned files or blobs and bytes; on a terminal shows one self-overwriting line. */
export interface Progress {
  advance(bytes: number): void;
  /** Clears the line (call before printing results). */
  done(): void;
}

const REFRESH_MS = 250;

/** A progress line on `sink` when it is a terminal, nothing at all on a pipe or file. */
export function createProgress(sink: TextSink, unit: "files" | "blobs", now: () => number = Date.now): Progress {
  if (!sink.isTTY) return { advance() {}, done() {} };
  const started = now();
  let count = 0;
  let bytes = 0;
  let shownAt = 0;
  let shown = false;
  return {
    advance(size) {
      count++;
      bytes += size;
      const at = now();
      if (at - shownAt < REFRESH_MS) return;
      shownAt = at;
      shown = true;
      const mb = bytes / 1e6;
      const rate = mb / Math.max((at - started) / 1000, 0.001);
      sink.write(`\r\x1b[2Kscanning: ${count} ${unit}, ${mb.toFixed(1)} MB, ${rate.toFixed(1)} MB/s`);
    },
    done() {
      if (shown) sink.write("\r\x1b[2K");
    },
  };
}
