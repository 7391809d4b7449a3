import type { Prompter } from "./prompt.js";
import { CliError } from "../cli/cli-error.js";
import { escapeControlChars } from "./terminal-safe-text.js";

/** Ctrl-C at a prompt: nothing was written; the command ends with exit code 1. */
export class PromptCancelledError extends CliError {
  constructor() {
    super("cancelled", "cancelled at the prompt; nothing was written.");
  }
}

const ENTER = new Set(["\r", "\n", "\u0004"]);
const CTRL_C = "\u0003";
const BACKSPACE = new Set(["\u007f", "\b"]);

/**
 * The terminal prompter of a real `dbcfg` process: the question goes to stderr (stdout stays
 * clean for pipes); with `hidden`, stdin is put in raw mode so typed characters are not echoed.
 * Only `promptFor` reaches for `process`, and only when stdin is a TTY.
 */
export function createTtyPrompter(input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stderr): Prompter {
  return {
    ask(question, options = {}) {
      output.write(escapeControlChars(question));
      return readLine(input, output, options.hidden === true);
    },
  };
}

function readLine(input: NodeJS.ReadStream, output: NodeJS.WriteStream, hidden: boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    let line = "";
    const wasRaw = input.isRaw;
    if (hidden && input.isTTY) input.setRawMode(true);
    input.setEncoding("utf8");
    input.resume();
    const finish = (error?: Error) => {
      input.off("data", onData);
      if (hidden && input.isTTY) input.setRawMode(wasRaw);
      input.pause();
      if (hidden) output.write("\n");
      if (error) reject(error);
      else resolve(line);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === CTRL_C) return finish(new PromptCancelledError());
        if (ENTER.has(char)) return finish();
        if (BACKSPACE.has(char)) line = line.slice(0, -1);
        else line += char;
      }
    };
    input.on("data", onData);
  });
}
