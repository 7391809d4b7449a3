import { Linter, type SourceCode } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import type { Node } from "../src/util/ast.js";
import { FOLD_LIMITS, createFolder } from "../src/util/fold-constant.js";
import { PREFIX, fakeBody, fakeToken } from "./support/fake-token.js";

const config: Linter.Config[] = [{ files: ["**/*.js"], plugins: { "@dbcfg": plugin }, rules: { "@dbcfg/no-hardcoded-pat": "error" } }];

function lint(code: string): { messages: Linter.LintMessage[]; sourceCode: SourceCode } {
  const linter = new Linter();
  const messages = linter.verify(code, config, "bundle.js");
  return { messages, sourceCode: linter.getSourceCode() };
}

/** Folds every node of the file, the worst a rule could ask of the folder, and reports the work. */
function foldEverything(sourceCode: SourceCode) {
  const folder = createFolder(sourceCode, { decode: true });
  let nodes = 0;
  const visit = (node: Node) => {
    nodes++;
    folder.fold(node);
    for (const key of sourceCode.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const c of Array.isArray(child) ? child : [child]) if (c && typeof (c as Node).type === "string") visit(c as Node);
    }
  };
  visit(sourceCode.ast as unknown as Node);
  return { nodes, ...folder.stats() };
}

const chain = (n: number, tail: string) => `const bundle = ${Array.from({ length: n }, (_, i) => `'p${i % 10};'`).join(" + ")} + ${tail};`;

/** What the rule does for one outermost chain: flatten it once and fold its operands. */
function foldChainOnce(sourceCode: SourceCode) {
  const folder = createFolder(sourceCode, { decode: true });
  const declaration = sourceCode.ast.body[0] as unknown as { declarations: [{ init: Node }] };
  const parts = folder.sequence(declaration.declarations[0].init)!;
  folder.runs(parts);
  return { parts: parts.length, ...folder.stats() };
}

describe("bounded work on minified and huge inputs", () => {
  it("finds a token at the end of a 3 000-operand + chain", () => {
    const { messages } = lint(chain(3_000, `'${PREFIX}' + '${fakeBody()}'`));
    expect(messages.map((m) => m.messageId)).toEqual(["concat"]);
  });

  it("folds a + chain's operands once each: work grows linearly with the chain", () => {
    const small = foldChainOnce(lint(chain(1_500, "x")).sourceCode);
    const large = foldChainOnce(lint(chain(3_000, "x")).sourceCode);
    expect(small.folds).toBe(small.parts);
    expect(large.folds).toBe(large.parts);
    expect(large.built / small.built).toBeGreaterThan(1.9);
    expect(large.built / small.built).toBeLessThan(2.1);
  });

  it("folding every node of a chain (far more than the rule asks) stays within the file budget", () => {
    const work = foldEverything(lint(chain(3_000, "x")).sourceCode);
    expect(work.folds).toBeLessThanOrEqual(work.nodes);
    expect(work.built).toBeLessThanOrEqual(FOLD_LIMITS.fileBudget + FOLD_LIMITS.maxLength);
  });

  // 200 is four times the folding depth cap (48); much deeper inputs overflow the parser's own
  // stack (espree, not our rule) now and then in a test worker.
  it("survives a right-nested chain 200 deep (4x the depth cap) and still finds the innermost token", () => {
    const depth = 200;
    const code = `const t = ${"'a ' + (".repeat(depth)}'${PREFIX}' + '${fakeBody()}'${")".repeat(depth)};`;
    const { messages, sourceCode } = lint(code);
    expect(messages.map((m) => m.messageId)).toEqual(["concat"]);
    const work = foldEverything(sourceCode);
    expect(work.folds).toBeLessThanOrEqual(work.nodes);
  });

  it("stops building strings once the file budget is spent", () => {
    const piece = "ab".repeat(10_000);
    const code = Array.from({ length: 300 }, (_, i) => `const s${i} = '${piece}' + '${piece}';`).join("\n");
    const work = foldEverything(lint(code).sourceCode);
    expect(work.built).toBeLessThanOrEqual(FOLD_LIMITS.fileBudget + FOLD_LIMITS.maxLength);
  });

  it("scans a 2 MB single-line string without folding it", () => {
    const filler = "x ".repeat(1_000_000);
    const { messages } = lint(`const blob = "${filler}${fakeToken()}";`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ messageId: "literal", line: 1, column: 2_000_015 });
  });
});
