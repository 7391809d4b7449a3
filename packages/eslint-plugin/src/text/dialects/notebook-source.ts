import { type Lexed } from "../lexed.js";
import { lexMagic } from "../dialect.js";
import { embed, sliceText } from "./embed.js";
import { lexPython } from "./python.js";

const CELL_SEPARATOR = /^# COMMAND -{10}\s*$/;
const MAGIC = /^# MAGIC ?/;

/**
 * Lexes Python, and in a Databricks notebook source file
 * (https://docs.databricks.com/aws/en/notebooks/notebook-export-import#source-file-format: a
 * `# Databricks notebook source` header, `# COMMAND ----------` between cells, `# MAGIC` before
 * each line of a `%sh`, `%sql`, `%md`, `%scala` or `%r` cell) reads each magic cell's lines,
 * prefix removed, in the cell's language instead of as comments.
 */
export function lexNotebookSource(text: string): Lexed {
  const lexed = lexPython(text);
  if (!/^\uFEFF?# Databricks notebook source/.test(text)) return lexed;
  const magicLines: [number, number][][] = [];
  let cell: [number, number][] = [];
  let offset = 0;
  while (offset <= text.length) {
    const newline = text.indexOf("\n", offset);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(offset, end).replace(/\r$/, "");
    const magic = MAGIC.exec(line);
    if (CELL_SEPARATOR.test(line)) {
      if (cell.length) magicLines.push(cell);
      cell = [];
    } else if (magic) cell.push([offset + magic[0].length, offset + line.length]);
    if (newline < 0) break;
    offset = newline + 1;
  }
  if (cell.length) magicLines.push(cell);
  const inMagic = (at: number) => magicLines.some((lines) => lines.some(([from, to]) => from - 8 <= at && at <= to));
  lexed.pieces = lexed.pieces.filter((piece) => piece.kind !== "comment" || !inMagic(piece.start));
  for (const lines of magicLines) {
    const first = text.slice(lines[0]![0], lines[0]![1]);
    const language = /^%(\w+)/.exec(first)?.[1]?.toLowerCase() ?? "python";
    const body = /^%\w+\s*$/.test(first) ? lines.slice(1) : [[lines[0]![0] + first.indexOf(" ") + 1, lines[0]![1]] as [number, number], ...lines.slice(1)];
    if (!body.length) continue;
    const { text: code, map } = sliceText(text, body);
    embed(lexed, lexMagic(language, code), map, null);
  }
  return lexed;
}
