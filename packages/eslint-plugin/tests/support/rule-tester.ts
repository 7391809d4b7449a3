import { RuleTester, type Rule } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { describe, it } from "vitest";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** The four dialects every rule is tested in: each parser and file kind the plugin supports. */
export const LANGUAGES = {
  js: { filename: "file.js", languageOptions: {} },
  jsx: { filename: "file.jsx", languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  ts: { filename: "file.ts", languageOptions: { parser: tsParser } },
  tsx: { filename: "file.tsx", languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
} as const;
export type Language = keyof typeof LANGUAGES;

type Valid = RuleTester.ValidTestCase & { only?: boolean; languages?: readonly Language[] };
type Invalid = RuleTester.InvalidTestCase & { languages?: readonly Language[] };

/** Which languages a case runs in: every one unless it uses syntax only some accept. */
function forLanguage<T extends RuleTester.ValidTestCase & { languages?: readonly Language[] }>(cases: T[], language: Language) {
  return cases
    .filter((c) => !c.languages || c.languages.includes(language))
    .map(({ languages: _languages, ...c }) => ({
      ...c,
      filename: LANGUAGES[language].filename,
      languageOptions: { ...LANGUAGES[language].languageOptions, ...c.languageOptions },
    }));
}

/**
 * Runs a rule's cases under ESLint's RuleTester once per language: espree for JS and JSX,
 * @typescript-eslint/parser for TS and TSX.
 */
export function runInEveryLanguage(name: string, rule: Rule.RuleModule, cases: { valid: Valid[]; invalid: Invalid[] }) {
  for (const language of Object.keys(LANGUAGES) as Language[]) {
    describe(language, () => {
      new RuleTester().run(name, rule, {
        valid: forLanguage(cases.valid, language),
        invalid: forLanguage(cases.invalid, language),
      });
    });
  }
}
