import type * as ESTree from "estree";
import { type Node, unwrap } from "./ast.js";

/** Stands for a value only known at run time (`${…}`, a variable) in the text of an expression. */
export const HOLE = "\uE000";

/**
 * The text of a string expression with every run-time part replaced by `HOLE`: string literals,
 * templates and `+` chains, so that URL and header shapes can be checked whether their parts are
 * constant or interpolated. Null when the expression is not string-shaped at all.
 */
export function staticText(node: Node | ESTree.Node | null | undefined): string | null {
  if (!node) return null;
  const target = unwrap(node as Node);
  switch (target.type) {
    case "Literal":
      return typeof target.value === "string" ? target.value : null;
    case "TemplateLiteral":
      return target.quasis
        .map((quasi, i) => {
          const expression = target.expressions[i];
          return (quasi.value.cooked ?? quasi.value.raw) + (expression ? (staticText(expression) ?? HOLE) : "");
        })
        .join("");
    case "BinaryExpression": {
      if (target.operator !== "+") return null;
      const left = staticText(target.left);
      const right = staticText(target.right);
      return left === null && right === null ? null : (left ?? HOLE) + (right ?? HOLE);
    }
    default:
      return null;
  }
}

/** True when `node` is the outermost string-shaped expression (not a part of a template or `+`). */
export function isOutermostText(node: Node): boolean {
  const parent = node.parent;
  if (!parent) return true;
  if (parent.type === "TemplateLiteral") return false;
  return !(parent.type === "BinaryExpression" && parent.operator === "+");
}

/** `HOLE` shown as `${…}`, for messages. */
export function showHoles(text: string): string {
  return text.split(HOLE).join("${…}");
}
