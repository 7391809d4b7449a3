import { DIALECTS, type DialectName } from "../text/dialect.js";
import { TextLanguage } from "./text-language.js";

/** The plugin's languages, one per dialect: `language: "@dbcfg/python"` and so on. */
export const languages = Object.fromEntries(Object.keys(DIALECTS).map((name) => [name, new TextLanguage(name as DialectName)])) as Record<
  DialectName,
  TextLanguage
>;
