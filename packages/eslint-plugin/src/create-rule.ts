import type { JSRuleDefinition, Rule } from "eslint";

/** Where each rule's documentation lives; `docs.url` is derived from the rule id. */
export const DOCS_BASE_URL = "https://github.com/dbcfg/dbcfg/blob/main/packages/eslint-plugin/docs/rules/";

type RuleMeta = NonNullable<JSRuleDefinition["meta"]>;

/** What a rule file declares: typescript-eslint's `RuleCreator` shape, without a runtime dependency. */
export interface RuleSpec<Options extends Record<string, unknown>, MessageIds extends string> {
  name: string;
  meta: Omit<RuleMeta, "docs" | "messages" | "defaultOptions"> & {
    docs: { description: string; recommended: boolean };
    messages: Record<MessageIds, string>;
  };
  /** `[]` for a rule without options (ESLint then accepts none), else `[defaults]`. */
  defaultOptions: [] | [Options];
  create: (context: Rule.RuleContext, options: Readonly<Options>) => Rule.RuleListener;
}

/** A finished rule: an ESLint rule module with typed options, `docs.url` and `meta.defaultOptions`. */
export type DbcfgRule = Rule.RuleModule & { name: string };

/**
 * Builds a rule the way typescript-eslint's `RuleCreator` does: `docs.url` from the rule id, and
 * the user's options merged over `defaultOptions` before `create` sees them (ESLint 9.15+ does
 * the same merge from `meta.defaultOptions`; merging here as well keeps older hosts and direct
 * `Linter` users correct).
 */
export function createRule<Options extends Record<string, unknown>, MessageIds extends string>(spec: RuleSpec<Options, MessageIds>): DbcfgRule {
  const defaults = spec.defaultOptions[0] ?? ({} as Options);
  return {
    name: spec.name,
    meta: {
      ...spec.meta,
      docs: { ...spec.meta.docs, url: `${DOCS_BASE_URL}${spec.name}.md` },
      defaultOptions: spec.defaultOptions,
    } as Rule.RuleMetaData,
    create(context) {
      const given = (context.options[0] ?? {}) as Partial<Options>;
      return spec.create(context, { ...defaults, ...given });
    },
  };
}
