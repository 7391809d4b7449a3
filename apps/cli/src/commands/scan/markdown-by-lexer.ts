import type { Linter } from "eslint";

/**
 * ESLint's Markdown language (`markdown/gfm` from @eslint/markdown, which `configs["all-files"]`
 * uses for `*.md`) builds a whole CommonMark tree: about 100 ms for 40 kB. `no-hardcoded-pat` does
 * not read that tree: on its root it reads the text with the plugin's own Markdown lexer, as it
 * does under the plugin's lexer language `@dbcfg/markdown`, which costs next to nothing. The two
 * differ only in where `eslint-disable` comments can stand (HTML comments under `markdown/gfm`)
 * and in the line breaks they count (U+2028 and U+2029 break lines only under ours), so a Markdown
 * text with neither is linted under `@dbcfg/markdown`, with the same reports.
 */
export function withMarkdownByLexer(config: Linter.Config[]): Linter.Config[] {
  return [...config, { name: "dbcfg-scan/markdown-by-lexer", files: ["**/*.md"], language: "@dbcfg/markdown" }];
}

/** Whether `text` reads the same under `@dbcfg/markdown` as under `markdown/gfm` (see {@link withMarkdownByLexer}). */
export function readsSameByLexer(text: string): boolean {
  return !text.includes("eslint") && !text.includes("\u2028") && !text.includes("\u2029");
}
