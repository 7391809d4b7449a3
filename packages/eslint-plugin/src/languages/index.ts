import { DIALECTS, type DialectName } from "../text/dialect.js";
import { FallbackLanguage } from "./fallback-language.js";
import { TextLanguage } from "./text-language.js";

/**
 * The plugin's languages (`language: "@dbcfg/python"` and so on): one per dialect that has no
 * official ESLint language, and for YAML and JSON the official language with the lexer as its
 * fallback on files its parser rejects.
 */
export const languages = {
  ...(Object.fromEntries(Object.keys(DIALECTS).map((name) => [name, new TextLanguage(name as DialectName)])) as Record<DialectName, TextLanguage>),
  yaml: new FallbackLanguage({ plugin: "eslint-plugin-yml", name: "yaml", columnStart: 0 }, "yaml"),
  json: new FallbackLanguage({ plugin: "@eslint/json", name: "json", columnStart: 1 }, "json"),
  jsonc: new FallbackLanguage({ plugin: "@eslint/json", name: "jsonc", columnStart: 1 }, "json"),
};
