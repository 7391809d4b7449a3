import { writeSync } from "node:fs";
import type { TextSink } from "../context.js";
import { isTerminal } from "./is-terminal.js";

/**
 * The sink of a real process's stdout or stderr. A terminal is written through the process
 * stream, which prompts and spinners share. Anything else (a pipe, a file) is written straight to
 * the descriptor with `fs.writeSync`: printing a report then never loads Node's stream machinery,
 * a few milliseconds of every `dbcfg` start. If the descriptor is a non-blocking pipe that is full
 * (EAGAIN), the rest of the text and everything after it go through the process stream, which
 * queues them, so the order holds. A reader that went away (EPIPE, `dbcfg doctor | head -3`)
 * ends the output quietly. `options` stand in for the terminal test and the write call in tests.
 */
export function descriptorSink(
  fd: number,
  stream: () => Pick<NodeJS.WritableStream, "write">,
  options: { isTTY?: boolean; writeSync?: (fd: number, bytes: Buffer, offset: number) => number } = {},
): TextSink {
  const isTTY = options.isTTY ?? isTerminal(fd);
  const write = options.writeSync ?? writeSync;
  let mode: "descriptor" | "stream" | "closed" = isTTY ? "stream" : "descriptor";
  return {
    isTTY,
    write(text) {
      if (mode === "stream") stream().write(text);
      if (mode !== "descriptor") return;
      const bytes = Buffer.from(text, "utf8");
      let written = 0;
      try {
        while (written < bytes.length) written += write(fd, bytes, written);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EPIPE") mode = "closed";
        else if (code === "EAGAIN") {
          mode = "stream";
          stream().write(bytes.subarray(written));
        } else throw error;
      }
    },
  };
}
