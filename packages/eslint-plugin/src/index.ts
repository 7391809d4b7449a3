export { default, configs, languages, meta, PLUGIN_PREFIX, type DbcfgPlugin } from "./plugin.js";
export { rules } from "./rules/index.js";
export { DOCS_BASE_URL, type DbcfgRule } from "./create-rule.js";
