import { C_LIKE, POWERSHELL } from "./escapes.js";
import type { GenericSyntax } from "./dialects/generic.js";

const WORD = /[A-Za-z_][\w.]*/y;

/** TOML: https://toml.io/en/v1.0.0#string */
export const TOML: GenericSyntax = {
  strings: [
    { open: '"""', close: '"""', escapes: C_LIKE, multiline: true },
    { open: "'''", close: "'''", escapes: "verbatim", multiline: true },
    { open: '"', close: '"', escapes: C_LIKE, multiline: false },
    { open: "'", close: "'", escapes: "verbatim", multiline: false },
  ],
  lineComments: ["#"],
  blockComments: [],
  concat: [],
  joinCalls: {},
  binding: null,
  name: /[A-Za-z_][\w-]*/y,
};

/** HCL / Terraform: https://developer.hashicorp.com/terraform/language/expressions/strings and `join`. */
export const HCL: GenericSyntax = {
  strings: [{ open: '"', close: '"', escapes: C_LIKE, multiline: false, template: "${" }],
  lineComments: ["#", "//"],
  blockComments: [["/*", "*/"]],
  concat: [],
  joinCalls: { join: "separator-then-list", format: "args" },
  binding: null,
  name: WORD,
};

/** SQL: `'…'` with `''`, `"identifiers"`, `--` and `/* *\/` comments, `||` and `concat(…)`. */
export const SQL: GenericSyntax = {
  strings: [
    { open: "'", close: "'", escapes: "double", multiline: true },
    { open: '"', close: '"', escapes: "double", multiline: false },
  ],
  lineComments: ["--"],
  blockComments: [["/*", "*/"]],
  concat: ["||"],
  joinCalls: { concat: "args" },
  binding: null,
  name: /[A-Za-z_][\w.$]*/y,
};

/** Scala: https://docs.scala-lang.org/scala3/reference/syntax.html (strings, `+`, `val x =`). */
export const SCALA: GenericSyntax = {
  strings: [
    { open: '"""', close: '"""', escapes: "verbatim", multiline: true },
    { open: '"', close: '"', escapes: C_LIKE, multiline: false },
  ],
  lineComments: ["//"],
  blockComments: [["/*", "*/"]],
  concat: ["+"],
  joinCalls: {},
  binding: /^(?:val|lazy val|final val) ([A-Za-z_]\w*) = /,
  name: /[A-Za-z_]\w*/y,
};

/** R: https://stat.ethz.ch/R-manual/R-devel/library/base/html/Quotes.html, `paste0(…)`, `x <- …`. */
export const R: GenericSyntax = {
  strings: [
    { open: '"', close: '"', escapes: C_LIKE, multiline: true },
    { open: "'", close: "'", escapes: C_LIKE, multiline: true },
  ],
  lineComments: ["#"],
  blockComments: [],
  concat: [],
  joinCalls: { paste0: "args" },
  binding: /^([A-Za-z.][\w.]*) (?:<-|=) /,
  name: /[A-Za-z.][\w.]*/y,
};

/** PowerShell: https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_quoting_rules */
export const POWERSHELL_SYNTAX: GenericSyntax = {
  strings: [
    { open: '@"', close: '"@', escapes: POWERSHELL, multiline: true },
    { open: "@'", close: "'@", escapes: "verbatim", multiline: true },
    { open: '"', close: '"', escapes: POWERSHELL, multiline: true },
    { open: "'", close: "'", escapes: "double", multiline: true },
  ],
  lineComments: ["#"],
  blockComments: [["<#", "#>"]],
  concat: ["+"],
  joinCalls: {},
  binding: /^(\$[A-Za-z_]\w*) = /,
  name: /\$?[A-Za-z_][\w:-]*/y,
};

/** JavaScript-like code in a Markdown fence: quotes and `+` (the JS rule reads real JS files). */
export const C_FAMILY: GenericSyntax = {
  strings: [
    { open: '"', close: '"', escapes: C_LIKE, multiline: false },
    { open: "'", close: "'", escapes: C_LIKE, multiline: false },
    { open: "`", close: "`", escapes: C_LIKE, multiline: true },
  ],
  lineComments: ["//"],
  blockComments: [["/*", "*/"]],
  concat: ["+"],
  joinCalls: {},
  binding: /^(?:const|let|var) ([A-Za-z_$][\w$]*) = /,
  name: /[A-Za-z_$][\w$]*/y,
};
