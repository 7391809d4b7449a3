import type { Rule, Scope, SourceCode } from "eslint";
import type * as ESTree from "estree";

/** Any node the rules meet, including TypeScript and JSX nodes that `estree` does not type. */
export type Node = Rule.Node;

/** TypeScript expression wrappers that do not change a value (`x as T`, `x!`, `<T>x`, `x satisfies T`). */
const TRANSPARENT_WRAPPERS = new Set(["TSAsExpression", "TSSatisfiesExpression", "TSNonNullExpression", "TSTypeAssertion", "ParenthesizedExpression"]);

export function isTransparentWrapper(node: { type: string }): boolean {
  return TRANSPARENT_WRAPPERS.has(node.type);
}

/** The expression inside any TypeScript wrappers. */
export function unwrap(node: Node): Node {
  let current = node;
  while (isTransparentWrapper(current)) current = (current as unknown as { expression: Node }).expression;
  return current;
}

/** The outermost wrapper around `node` (itself when unwrapped), so that `parent` is the real context. */
export function outermostWrapper(node: Node): Node {
  let current = node;
  while (current.parent && isTransparentWrapper(current.parent)) current = current.parent;
  return current;
}

/** The name of a member access's property when it is static (`a.b`, `a["b"]`), else null. */
export function staticPropertyName(member: ESTree.MemberExpression): string | null {
  if (!member.computed && member.property.type === "Identifier") return member.property.name;
  if (member.property.type === "Literal" && typeof member.property.value === "string") return member.property.value;
  return null;
}

/** The name of a property key when it is static (`a:`, `"a":`, `["a"]:`), else null. */
export function staticKeyName(property: { key: ESTree.Node; computed: boolean }): string | null {
  const { key } = property;
  if (!property.computed && key.type === "Identifier") return key.name;
  if (key.type === "Literal" && (typeof key.value === "string" || typeof key.value === "number")) return String(key.value);
  return null;
}

/** Resolves identifiers to variables through scope analysis, indexing each scope's references once. */
export interface ScopeResolver {
  /** The variable `identifier` refers to, or null when it is unresolved (a global or a typo). */
  variableOf(identifier: ESTree.Identifier): Scope.Variable | null;
  /** True when `identifier` names a global that no declaration in the file shadows. */
  isGlobal(identifier: ESTree.Identifier): boolean;
  /** False when no `const` declaration with an initialiser in the file has `identifier`'s name (cheap, no scope lookup). */
  mayBeConst(identifier: ESTree.Identifier): boolean;
  /** The initialiser of the single `const` declaration that `identifier` refers to, else null. */
  constInitializer(identifier: ESTree.Identifier): Node | null;
}

export function createScopeResolver(sourceCode: SourceCode): ScopeResolver {
  const indexes = new Map<Scope.Scope, Map<ESTree.Identifier, Scope.Variable | null>>();
  /** Names of the file's variables that `constInitializerOf` accepts: any other name resolves to none. */
  let constNames: Set<string> | null = null;
  // Null only for a `SourceCode` built by hand without scope analysis: then every name may be one.
  const manager = sourceCode.scopeManager as Scope.ScopeManager | null;
  function mayBeConst(name: string): boolean {
    if (!manager) return true;
    if (!constNames) {
      constNames = new Set();
      for (const scope of manager.scopes) {
        for (const variable of scope.variables) if (constInitializerOf(variable)) constNames.add(variable.name);
      }
    }
    return constNames.has(name);
  }
  function referencesOf(scope: Scope.Scope): Map<ESTree.Identifier, Scope.Variable | null> {
    let index = indexes.get(scope);
    if (!index) {
      index = new Map(scope.references.map((r) => [r.identifier as ESTree.Identifier, r.resolved]));
      indexes.set(scope, index);
    }
    return index;
  }
  function variableOf(identifier: ESTree.Identifier): Scope.Variable | null {
    let scope: Scope.Scope | null = sourceCode.getScope(identifier as Node);
    while (scope) {
      const index = referencesOf(scope);
      if (index.has(identifier)) return index.get(identifier) ?? null;
      scope = scope.upper;
    }
    return null;
  }
  return {
    variableOf,
    isGlobal(identifier) {
      const variable = variableOf(identifier);
      return variable === null || variable.defs.length === 0;
    },
    mayBeConst(identifier) {
      return mayBeConst(identifier.name);
    },
    constInitializer(identifier) {
      if (!mayBeConst(identifier.name)) return null;
      return constInitializerOf(variableOf(identifier));
    },
  };
}

function constInitializerOf(variable: Scope.Variable | null): Node | null {
  if (!variable || variable.defs.length !== 1) return null;
  const [definition] = variable.defs;
  if (definition?.type !== "Variable" || definition.parent.kind !== "const") return null;
  const declarator = definition.node;
  if (declarator.id.type !== "Identifier" || !declarator.init) return null;
  return declarator.init as Node;
}

/** The static name of a callee: `name` in `name(…)` and `x.name(…)`, else null. */
export function calleeName(callee: ESTree.Node): string | null {
  if (callee.type === "Identifier") return callee.name;
  if (callee.type === "MemberExpression") return staticPropertyName(callee);
  return null;
}

/** The property of an object literal named `name` (statically), if any. */
export function findProperty(object: ESTree.ObjectExpression, name: string): ESTree.Property | null {
  for (const property of object.properties) {
    if (property.type === "Property" && staticKeyName(property) === name) return property;
  }
  return null;
}
