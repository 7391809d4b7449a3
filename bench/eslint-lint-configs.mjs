// The ESLint configurations bench/eslint-plugin.bench.mjs compares (shared with its per-sample
// child, bench/eslint-lint-pass.mjs).
import dbcfg from "@dbcfg/eslint-plugin";
import noSecrets from "eslint-plugin-no-secrets";

export const LINT_BASE = { files: ["**/*.js"], languageOptions: { sourceType: "commonjs" }, linterOptions: { reportUnusedDisableDirectives: "off" } };

const visitors = ["Program", "Literal", "TemplateLiteral", "TemplateElement", "BinaryExpression", "CallExpression", "NewExpression", "Property"];
const emptyRule = { create: () => Object.fromEntries(visitors.map((v) => [v, () => {}])) };

/** Name → what is added to LINT_BASE. */
export const LINT_CONFIGS = {
  "no rules": [],
  // ESLint's own cost of running any rule at all, without any plugin: one trivial core rule, and
  // an empty rule that listens to the node types our rules listen to.
  "core no-debugger": [{ rules: { "no-debugger": "error" } }],
  "one empty rule": [{ plugins: { floor: { rules: { empty: emptyRule } } }, rules: { "floor/empty": "error" } }],
  "@dbcfg recommended": [dbcfg.configs.recommended],
  "no-secrets": [{ plugins: { "no-secrets": noSecrets }, rules: { "no-secrets/no-secrets": "error" } }],
};
