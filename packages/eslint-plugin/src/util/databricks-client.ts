import type * as ESTree from "estree";
import { type Node, type ScopeResolver, calleeName, findProperty, unwrap } from "./ast.js";
import { isDatabricksHost } from "./databricks-host.js";
import { staticText } from "./static-text.js";

/** Client classes whose names alone say Databricks (the JS SDK's workspace and account clients). */
const CLIENT_CLASSES = new Set(["WorkspaceClient", "AccountClient"]);
/** The SQL driver's client, whose `connect({...})` takes credentials. */
const SQL_CLIENT_CLASS = "DBSQLClient";

/** `isDatabricksClientCall` holds only in a file that names one of these classes, or (in a string) Databricks. */
export const CLIENT_CLASS_NAMES = ["WorkspaceClient", "AccountClient", SQL_CLIENT_CLASS] as const;
/** Text in every `@databricks/*` module name, Databricks host name and `databricks://` URL. */
export const DATABRICKS_TEXT = ["databricks"] as const;

/** True when `identifier` is imported or required from a `@databricks/*` package. */
export function isDatabricksImport(scopes: ScopeResolver, identifier: ESTree.Identifier): boolean {
  const variable = scopes.variableOf(identifier);
  const definition = variable?.defs[0];
  if (!definition) return false;
  if (definition.type === "ImportBinding") {
    const source = (definition.parent as ESTree.ImportDeclaration).source.value;
    return typeof source === "string" && source.startsWith("@databricks/");
  }
  if (definition.type === "Variable" && definition.node.init) {
    const init = unwrap(definition.node.init as Node);
    return isRequireOfDatabricks(init) || (init.type === "MemberExpression" && isRequireOfDatabricks(unwrap(init.object as Node)));
  }
  return false;
}

function isRequireOfDatabricks(node: Node): boolean {
  if (node.type !== "CallExpression" || node.callee.type !== "Identifier" || node.callee.name !== "require") return false;
  const source = node.arguments[0];
  return source?.type === "Literal" && typeof source.value === "string" && source.value.startsWith("@databricks/");
}

function rootIdentifier(node: Node): ESTree.Identifier | null {
  let current = unwrap(node);
  while (current.type === "MemberExpression") current = unwrap(current.object as Node);
  return current.type === "Identifier" ? current : null;
}

/**
 * True when a call or `new` configures a Databricks client: the JS SDK's `WorkspaceClient` and
 * `AccountClient`, anything imported from `@databricks/*` (`Config`, `ApiClient`, …), the SQL
 * driver's `connect()` on a `DBSQLClient`, or any call whose options name a Databricks host.
 */
export function isDatabricksClientCall(scopes: ScopeResolver, call: ESTree.CallExpression | ESTree.NewExpression, options: ESTree.ObjectExpression): boolean {
  const callee = unwrap(call.callee as Node);
  const name = calleeName(callee);
  if (name && CLIENT_CLASSES.has(name)) return true;
  const root = rootIdentifier(callee);
  if (root && isDatabricksImport(scopes, root)) return true;
  if (name === "connect" && callee.type === "MemberExpression" && root) {
    const init = scopes.constInitializer(root);
    if (init?.type === "NewExpression" && calleeName(init.callee) === SQL_CLIENT_CLASS) return true;
  }
  const host = findProperty(options, "host");
  const hostText = host ? staticText(host.value) : null;
  return hostText !== null && isDatabricksHost(hostText.replace(/^[a-z]+:\/\//i, "").replace(/\/.*$/, ""));
}
