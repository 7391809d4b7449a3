import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { confirm, promptFor } from "./prompt.js";
import { fakeContext, scriptedPrompter } from "../test-support/fake-context.js";
import { createTtyPrompter, PromptCancelledError } from "./tty-prompt.js";

/** A fake terminal: stdin records raw-mode switches, stdout keeps what was echoed. */
function terminal() {
  const input = Object.assign(new PassThrough(), { isTTY: true, isRaw: false, rawModes: [] as boolean[] });
  (input as unknown as { setRawMode: (on: boolean) => void }).setRawMode = (on: boolean) => {
    input.rawModes.push(on);
    input.isRaw = on;
  };
  const output = new PassThrough();
  let written = "";
  output.on("data", (chunk: Buffer) => (written += chunk.toString("utf8")));
  const prompter = createTtyPrompter(input as unknown as NodeJS.ReadStream, output as unknown as NodeJS.WriteStream);
  return { input, prompter, written: () => written };
}

describe("createTtyPrompter", () => {
  it("reads a hidden answer in raw mode, echoing nothing of it, and restores the mode", async () => {
    const t = terminal();
    const answer = t.prompter.ask("Token: ", { hidden: true });
    t.input.write("dapi12x\u007f34\r");
    expect(await answer).toBe("dapi1234");
    expect(t.input.rawModes).toEqual([true, false]);
    expect(t.written()).toBe("Token: \n");
  });

  it("reads a visible answer without touching the mode", async () => {
    const t = terminal();
    const answer = t.prompter.ask("Host: ");
    t.input.write("https://h.example\n");
    expect(await answer).toBe("https://h.example");
    expect(t.input.rawModes).toEqual([]);
  });

  it("rejects on Ctrl-C", async () => {
    const t = terminal();
    const answer = t.prompter.ask("Token: ", { hidden: true });
    t.input.write("abc\u0003");
    await expect(answer).rejects.toThrow(PromptCancelledError);
    expect(t.input.rawModes).toEqual([true, false]);
  });
});

describe("promptFor and confirm", () => {
  it("prefers an injected prompter and has none off a terminal", () => {
    const injected = scriptedPrompter([]);
    expect(promptFor(fakeContext({ prompt: injected }))).toBe(injected);
    expect(promptFor(fakeContext({ stdinIsTTY: false }))).toBeUndefined();
  });

  it.each([
    ["y", true],
    ["YES", true],
    [" yes ", true],
    ["", false],
    ["n", false],
    ["yep", false],
  ])("confirm(%j) → %s", async (answer, expected) => {
    expect(await confirm(scriptedPrompter([answer]), "Write?")).toBe(expected);
  });
});
