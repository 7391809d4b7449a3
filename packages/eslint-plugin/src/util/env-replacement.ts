import type { Node } from "./ast.js";

/** What the suggestion puts where a hard-coded token was. */
export const ENV_TOKEN_EXPRESSION = "process.env.DATABRICKS_TOKEN";

/** Parents in which a string must stay a literal (module names, keys, types, directives, enum members). */
const LITERAL_ONLY_PARENTS = new Set([
  "ImportDeclaration",
  "ExportNamedDeclaration",
  "ExportAllDeclaration",
  "ImportExpression",
  "ImportAttribute",
  "ImportSpecifier",
  "ExportSpecifier",
  "TSLiteralType",
  "TSExternalModuleReference",
  "TSModuleDeclaration",
  "TSEnumMember",
  "TSImportType",
]);
const KEYED_PARENTS = new Set([
  "Property",
  "PropertyDefinition",
  "MethodDefinition",
  "AccessorProperty",
  "TSPropertySignature",
  "TSAbstractPropertyDefinition",
]);

/**
 * The text that replaces `node` with `process.env.DATABRICKS_TOKEN`, or null where an expression
 * cannot stand (an import source, a property key, a type, a directive, a tagged template's quasi).
 */
export function envReplacement(node: Node): string | null {
  const parent = node.parent as (Node & { key?: unknown; computed?: boolean; directive?: string }) | null;
  if (!parent) return null;
  if ((parent.type as string) === "JSXAttribute") return `{${ENV_TOKEN_EXPRESSION}}`;
  if (LITERAL_ONLY_PARENTS.has(parent.type)) return null;
  if (KEYED_PARENTS.has(parent.type) && parent.key === node && !parent.computed) return null;
  if (parent.type === "ExpressionStatement" && parent.directive !== undefined) return null;
  if (parent.type === "TaggedTemplateExpression") return null;
  return ENV_TOKEN_EXPRESSION;
}
