import type { Lexed, Piece } from "../lexed.js";
import { emptyLexed } from "../lexed.js";
import { embed } from "./embed.js";
import { tokenizeJson } from "./json.js";

/** How a cell's source is lexed, by its `cell_type`; code cells in the notebook's language. */
export type CellLexer = (cellType: string, source: string) => Lexed;

/**
 * Lexes a Jupyter notebook (https://nbformat.readthedocs.io/en/latest/format_description.html):
 * each cell's `source` (a string or an array of line strings) is decoded and lexed as its
 * language, with positions mapped back into the `.ipynb` file; every other string (outputs,
 * metadata) is read as a JSON string. Text that is not JSON is still read string by string,
 * and the problem is reported once.
 */
export function lexNotebook(text: string, lexCell: CellLexer): Lexed {
  const lexed = emptyLexed();
  const strings: Piece[] = [];
  const tokens = tokenizeJson(text, strings);
  const inCells = new Set<Piece>();
  let cellType = "code";
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const colon = tokens[i + 1];
    if (token.type !== "string" || colon?.type !== "punct" || colon.text !== ":") continue;
    const key = token.piece.decoded.value;
    const value = tokens[i + 2];
    if (key === "cell_type" && value?.type === "string") cellType = value.piece.decoded.value;
    if (key !== "source") continue;
    const lines: Piece[] = [];
    if (value?.type === "string") lines.push(value.piece);
    else if (value?.type === "punct" && value.text === "[") {
      for (let k = i + 3; k < tokens.length; k++) {
        const item = tokens[k]!;
        if (item.type === "string") lines.push(item.piece);
        else if (item.text !== ",") break;
      }
    }
    let source = "";
    const map: number[] = [];
    for (const line of lines) {
      source += line.decoded.value;
      map.push(...line.decoded.offsets.slice(0, -1));
      inCells.add(line);
    }
    map.push(lines.length ? lines[lines.length - 1]!.decoded.offsets.at(-1)! : 0);
    embed(lexed, lexCell(cellType, source), map, cellType === "code" && !/^%%?(?!python)\w/.test(source) ? undefined : null);
  }
  for (const piece of strings) if (!inCells.has(piece)) lexed.pieces.push(piece);
  try {
    JSON.parse(text);
  } catch (error) {
    // V8 quotes the text around the error (`Unexpected token 'd', "…" is not valid JSON`): left out.
    const message = (error as Error).message.replace(/, ".*" is not valid JSON$/s, "");
    const position = /position (\d+)/.exec(message);
    lexed.problems.push({ message: `not valid JSON: ${message}`, offset: position ? Math.min(Number(position[1]), text.length) : 0 });
  }
  return lexed;
}
