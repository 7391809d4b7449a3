import type { TextSink } from "../context.js";
import { lazyNetworkFetch } from "../io/network-fetch.js";
import type { Prompter, PromptingContext } from "../io/prompt.js";

/** A sink that keeps everything written to it. */
export interface BufferSink extends TextSink {
  readonly text: string;
}

export function bufferSink(isTTY = false): BufferSink {
  let text = "";
  return {
    isTTY,
    write(chunk: string) {
      text += chunk;
    },
    get text() {
      return text;
    },
  };
}

/** A prompter that answers from a script and records every question it was asked. */
export interface ScriptedPrompter extends Prompter {
  readonly questions: { question: string; hidden: boolean }[];
}

export function scriptedPrompter(answers: string[]): ScriptedPrompter {
  const questions: { question: string; hidden: boolean }[] = [];
  const queue = [...answers];
  return {
    questions,
    async ask(question, options = {}) {
      questions.push({ question, hidden: options.hidden === true });
      const answer = queue.shift();
      if (answer === undefined) throw new Error(`unexpected prompt: ${question}`);
      return answer;
    },
  };
}

export interface FakeContextOptions {
  env?: Record<string, string | undefined>;
  homeDir?: string;
  stdin?: string;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  prompt?: Prompter;
  now?: () => number;
  fetch?: typeof fetch;
}

export type FakeContext = PromptingContext & { stdout: BufferSink; stderr: BufferSink };

/** The in-process `CliContext` of every test: buffers for output, scripted stdin, HOME and cwd at `homeDir`. */
export function fakeContext(options: FakeContextOptions = {}): FakeContext {
  const homeDir = options.homeDir ?? "/nonexistent-home";
  return {
    env: { HOME: homeDir, ...options.env },
    homeDir,
    cwd: homeDir,
    stdout: bufferSink(options.stdoutIsTTY),
    stderr: bufferSink(options.stderrIsTTY),
    stdinIsTTY: options.stdinIsTTY ?? false,
    async readStdin() {
      if (options.stdin === undefined) throw new Error("no stdin in this test");
      return options.stdin;
    },
    fetch: options.fetch ?? lazyNetworkFetch({ HOME: homeDir, ...options.env }),
    now: options.now ?? (() => Date.now()),
    ...(options.prompt ? { prompt: options.prompt } : {}),
  };
}
