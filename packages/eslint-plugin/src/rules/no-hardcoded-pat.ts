import type { AST, Rule } from "eslint";
import type * as ESTree from "estree";
import { PAT_PREFIX, findPats, redact } from "@dbcfg/pat";
import { createRule } from "../create-rule.js";
import { compileAllowList } from "../util/allow-list.js";
import { type Node, calleeName, outermostWrapper, staticPropertyName, unwrap } from "../util/ast.js";
import { envReplacement } from "../util/env-replacement.js";
import { RECEIVER_FOLDING_METHODS, isFoldingGlobal, isFoldingMethod } from "../util/folding-calls.js";
import { type LiteralMode, findPatsInLiteral } from "../util/find-in-literal.js";
import { isYamlProgram, reportText, textListeners } from "../text/report-text.js";
import { type FoldedString, type Run, type SequencePart, VIA_BINDING, VIA_ENCODED, createFolder } from "../util/fold-constant.js";

export type Options = {
  checkComments: boolean;
  decode: boolean;
  allow: string[];
};
export type MessageIds = "literal" | "escaped" | "comment" | "concat" | "binding" | "encoded" | "useEnv" | "unparsable" | "useReplacement" | "keepOutOfGit";

const REVOKE = "Revoke it, and read the token at run time (from an environment variable such as DATABRICKS_TOKEN, or a secret store).";

export const noHardcodedPat = createRule<Options, MessageIds>({
  name: "no-hardcoded-pat",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow Databricks personal access tokens in source code, however they are written",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          checkComments: { type: "boolean", description: "Also report tokens in comments (under their own message)." },
          decode: {
            type: "boolean",
            description: "Apply decoders to literals: base64 and hex `Buffer.from`, `atob`, `String.fromCharCode`, reversed strings.",
          },
          allow: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description: "Tokens to ignore: exact tokens, or regular expressions that must match a whole token.",
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      literal: `Hard-coded Databricks personal access token {{token}}. ${REVOKE}`,
      escaped: `Databricks personal access token {{token}} written with escape sequences. ${REVOKE}`,
      comment: "Databricks personal access token {{token}} in a comment. Remove it and revoke it.",
      concat: `Databricks personal access token {{token}} assembled by concatenation. ${REVOKE}`,
      binding: `Databricks personal access token {{token}} assembled from constants. ${REVOKE}`,
      encoded: `Databricks personal access token {{token}} hidden by an encoding (base64, hex, char codes or reversal). ${REVOKE}`,
      useEnv: "Replace with process.env.DATABRICKS_TOKEN.",
      useReplacement: "Replace with {{replacement}}.",
      keepOutOfGit: "Add a comment at the top of this file saying it holds a secret and belongs in .gitignore.",
      unparsable: "This file could not be read as its format ({{problem}}); only the tokens its text spells out were looked for.",
    },
  },
  defaultOptions: [{ checkComments: true, decode: true, allow: [] }],
  create(context, options) {
    const sourceCode = context.sourceCode;
    const isAllowed = compileAllowList(options.allow, "@dbcfg/no-hardcoded-pat");
    const folder = createFolder(sourceCode, { decode: options.decode });

    function report(messageId: MessageIds, token: string, where: { node: Node; range?: [number, number] | null }, replace: Node | null) {
      const loc: AST.SourceLocation = where.range
        ? { start: sourceCode.getLocFromIndex(where.range[0]), end: sourceCode.getLocFromIndex(where.range[1]) }
        : (where.node.loc as AST.SourceLocation);
      const replacement = replace ? envReplacement(replace) : null;
      const suggest: Rule.SuggestionReportDescriptor[] =
        replace && replacement ? [{ messageId: "useEnv", fix: (fixer) => fixer.replaceText(replace, replacement) }] : [];
      context.report({ node: where.node, loc, messageId, data: { token: redact(token), tier: messageId }, suggest });
    }

    function checkLiteral(node: Node, cooked: string | null, rawStart: number, rawEnd: number, mode: LiteralMode, wholeNode: Node | null) {
      // Escapes are decoded in the cooked value, so a token in it always shows its prefix there.
      if (cooked !== null && !cooked.includes(PAT_PREFIX)) return;
      const rawText = sourceCode.text.slice(rawStart, rawEnd);
      const value = cooked ?? rawText;
      for (const finding of findPatsInLiteral(cooked, rawText, rawStart, mode)) {
        if (isAllowed(finding.token)) continue;
        const replace = wholeNode && finding.token === value ? wholeNode : null;
        report(finding.escaped ? "escaped" : "literal", finding.token, { node, range: finding.range }, replace);
      }
    }

    /**
     * Reports the tokens of a folded value that no single literal holds (those were reported where
     * they stand). A token inside one part of a run is blamed on that part; otherwise on `node`.
     */
    function reportFolded(folded: FoldedString, node: Node, replace: Node | null, run?: Run) {
      for (const match of findPats(folded.value)) {
        const end = match.index + match.length;
        if (folded.leaves.some(([from, to]) => from <= match.index && end <= to)) continue;
        if (isAllowed(match.token)) continue;
        const messageId = folded.via & VIA_ENCODED ? "encoded" : folded.via & VIA_BINDING ? "binding" : "concat";
        const where = run ? blame(run, match.index, end) : null;
        if (where) {
          const exact = match.index === where.start && end === where.end;
          report(messageId, match.token, { node: where.node }, exact ? where.node : null);
        } else {
          const exact = match.index === 0 && match.length === folded.value.length;
          report(messageId, match.token, { node, range: run && !replace ? rangeOfParts(run.parts) : null }, exact ? replace : null);
        }
      }
    }

    /** The one part of a run whose text holds `[from, to)`, if any. */
    function blame(run: Run, from: number, to: number): { node: Node; start: number; end: number } | null {
      for (let i = run.parts.length - 1; i >= 0; i--) {
        const start = run.starts[i]!;
        if (start > from) continue;
        const part = run.parts[i]!;
        const end = i + 1 < run.parts.length ? run.starts[i + 1]! : run.value.value.length;
        return part.node && to <= end && part.node.type !== "TemplateElement" ? { node: part.node, start, end } : null;
      }
      return null;
    }

    function isFoldingCall(node: ESTree.CallExpression): boolean {
      const callee = unwrap(node.callee as Node);
      if (callee.type === "Identifier") return isFoldingGlobal(callee.name);
      return callee.type === "MemberExpression" && isFoldingMethod(staticPropertyName(callee) ?? "");
    }

    function isComposite(node: Node): boolean {
      if (node.type === "BinaryExpression") return node.operator === "+";
      if (node.type === "TemplateLiteral") return node.expressions.length > 0;
      return node.type === "CallExpression" && isFoldingCall(node);
    }

    /** The cheap half of `isAbsorbed`: `node` is an operand of a `+` chain or a template. */
    function isTextPart(node: Node): boolean {
      const parent = outermostWrapper(node).parent;
      return parent?.type === "TemplateLiteral" || (parent?.type === "BinaryExpression" && parent.operator === "+");
    }

    /** True when an enclosing expression folds `node` as one of its parts and reports for it. */
    function isAbsorbed(node: Node): boolean {
      const outer = outermostWrapper(node);
      const parent = outer.parent;
      if (!parent) return false;
      if (parent.type === "BinaryExpression") return parent.operator === "+";
      if (parent.type === "TemplateLiteral") return true;
      if (parent.type === "ArrayExpression") {
        const array = outermostWrapper(parent);
        const member = array.parent;
        return (
          member?.type === "MemberExpression" && member.object === array && staticPropertyName(member) === "join" && member.parent.type === "CallExpression"
        );
      }
      if (parent.type === "MemberExpression" && parent.object === outer && parent.parent.type === "CallExpression") {
        const method = staticPropertyName(parent);
        if (method === "concat") return folder.fold(outer)?.kind === "string";
        return passesThrough(parent.parent, outer);
      }
      if (parent.type === "CallExpression" && parent.arguments.includes(outer as ESTree.Expression)) {
        const callee = unwrap(parent.callee as Node);
        if (callee.type === "MemberExpression" && staticPropertyName(callee) === "concat") return folder.fold(callee.object as Node)?.kind === "string";
        return passesThrough(parent, outer);
      }
      return false;
    }

    /** `String(x)`, `x.toString()`, `Buffer.from(x)`: the call's value is the part's value, reported once. */
    function passesThrough(call: Node, part: Node): boolean {
      const inner = folder.fold(part);
      return inner !== null && folder.fold(call) === inner;
    }

    function rangeOfParts(parts: SequencePart[]): [number, number] | null {
      const nodes = parts.flatMap((p) => (p.node ? [p.node] : []));
      const first = nodes[0];
      const last = nodes[nodes.length - 1];
      return first?.range && last?.range ? [first.range[0], last.range[1]] : null;
    }

    function checkComposite(node: Node) {
      const parts = folder.sequence(node);
      if (!parts) {
        const folded = folder.fold(node);
        if (folded?.kind === "string") reportFolded(folded, node, node);
        return;
      }
      const runs = folder.runs(parts);
      for (const run of runs) reportFolded(run.value, node, run.parts.length === parts.length ? node : null, run);
      for (const part of parts) {
        if (part.node && part.folded === null && part.node.type !== "SpreadElement") {
          const inner = unwrap(part.node);
          if (isComposite(inner)) checkComposite(inner);
        }
      }
    }

    /**
     * A cheap over-approximation of "`folder.fold(node)` may be a string or a number", without
     * folding or scope lookups: composites may; of the rest only literals, templates and names
     * of constants (arrays, which break a run of text, are left out).
     */
    function mayBeText(node: Node): boolean {
      const target = unwrap(node);
      switch (target.type) {
        case "Literal":
          return typeof target.value === "string" || typeof target.value === "number";
        case "TemplateLiteral":
          return target.expressions.length > 0 || target.quasis[0]?.value.cooked != null;
        case "Identifier":
          return folder.mayBeConst(target);
        default:
          return isComposite(target);
      }
    }

    /**
     * True when `checkComposite(node)` cannot report: no part is itself a composite (which could
     * hold an encoded or assembled token, or be checked in turn), and no two neighbouring parts
     * may both be text, so every run of text is one literal or constant, which was checked where
     * it stands. For a call, the inputs it folds cannot be constants at all.
     */
    function cannotReport(node: Node): boolean {
      if (node.type === "BinaryExpression") {
        let current: Node = node;
        let rightMayBeText = false;
        while (current.type === "BinaryExpression" && current.operator === "+") {
          const right = current.right as Node;
          if (isComposite(unwrap(right))) return false;
          const rightIsText = mayBeText(right);
          if (rightIsText && rightMayBeText) return false;
          rightMayBeText = rightIsText;
          current = current.left as Node;
        }
        if (isComposite(unwrap(current))) return false;
        return !(rightMayBeText && mayBeText(current));
      }
      if (node.type === "TemplateLiteral") return !node.expressions.some((expression) => mayBeText(expression as Node));
      if (node.type !== "CallExpression") return false;
      const callee = unwrap(node.callee as Node);
      if (callee.type === "MemberExpression" && RECEIVER_FOLDING_METHODS.has(staticPropertyName(callee) ?? "")) {
        const receiver = unwrap(callee.object as Node);
        // `[…].join()` is a sequence of its elements, checked like a `+` chain.
        return receiver.type !== "ArrayExpression" && !mayHaveValue(receiver);
      }
      // The other folding calls (`atob`, `String`, `from`, `fromCharCode`, …) fold their arguments.
      return !node.arguments.some((argument) => argument.type === "SpreadElement" || mayHaveValue(argument as Node));
    }

    /** Like `mayBeText`, arrays included: what a call may fold its inputs from. */
    function mayHaveValue(node: Node): boolean {
      const target = unwrap(node);
      return (
        target.type === "ArrayExpression" || (target.type === "CallExpression" && calleeName(unwrap(target.callee as Node)) === "split") || mayBeText(target)
      );
    }

    /** Checks a string or regex literal, a template quasi or JSX text. */
    function checkLiteralNode(node: Node) {
      const [start, end] = node.range!;
      if (node.type === "Literal") {
        if (typeof node.value === "string") {
          const mode: LiteralMode = (node.parent.type as string) === "JSXAttribute" ? "verbatim" : "string";
          checkLiteral(node, node.value, start + 1, end - 1, mode, node);
        } else if ("regex" in node && node.regex) {
          checkLiteral(node, null, start + 1, start + 1 + node.regex.pattern.length, "verbatim", null);
        }
      } else if (node.type === "TemplateElement") {
        // Quasis also sit in TypeScript template literal types, which have no expressions to fold.
        const template = node.parent;
        const whole = template.type === "TemplateLiteral" && template.expressions.length === 0 ? template : null;
        checkLiteral(node, node.value.cooked ?? null, start + 1, end - (node.tail ? 1 : 2), "template", whole);
      } else if ((node.type as string) === "JSXText") {
        checkLiteral(node, (node as unknown as { value: string }).value, start, end, "verbatim", null);
      }
    }

    function onComposite(node: Node) {
      if (isComposite(node) && !isTextPart(node) && !cannotReport(node) && !isAbsorbed(node)) checkComposite(node);
    }

    const textOptions = { checkComments: options.checkComments, decode: options.decode, isAllowed };
    return {
      ...textListeners(context, textOptions),
      Program() {
        if (isYamlProgram(context)) return reportText(context, "yaml", textOptions);
        if (!options.checkComments) return;
        for (const comment of sourceCode.getAllComments()) {
          const start = comment.range![0] + 2;
          for (const match of findPats(comment.value)) {
            if (isAllowed(match.token)) continue;
            const from = start + match.index;
            const loc = { start: sourceCode.getLocFromIndex(from), end: sourceCode.getLocFromIndex(from + match.length) };
            context.report({ loc, messageId: "comment", data: { token: redact(match.token), tier: "comment" } });
          }
        }
      },
      Literal(node) {
        // The test `checkLiteral` starts with, before any other work on the commonest node (a
        // regex's source is read verbatim, so a token in it is spelled out in its pattern).
        const value = node.value;
        if (typeof value === "string" ? value.includes(PAT_PREFIX) : "regex" in node && node.regex?.pattern.includes(PAT_PREFIX)) checkLiteralNode(node);
      },
      TemplateElement: checkLiteralNode,
      JSXText: checkLiteralNode,
      BinaryExpression: onComposite,
      TemplateLiteral: onComposite,
      CallExpression: onComposite,
    };
  },
});
