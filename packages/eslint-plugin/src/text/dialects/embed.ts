import type { Decoded } from "../escapes.js";
import type { Lexed, Operand, Piece } from "../lexed.js";

/**
 * Moves what a lexer found in a virtual text (a notebook cell's source, a Markdown fence, the
 * `# MAGIC` lines of a cell) into file coordinates: `map[i]` is the file offset of the virtual
 * text's unit `i`, `map[length]` its end. The result is added to `into`.
 */
export function embed(into: Lexed, inner: Lexed, map: readonly number[], replacement?: string | null): void {
  const at = (i: number) => map[Math.min(i, map.length - 1)]!;
  // An end maps to where the next unit's source starts: past a whole escape (`\"` in a notebook).
  const end = at;
  const pieces = new Map<Piece, Piece>();
  const move = (piece: Piece): Piece => {
    let moved = pieces.get(piece);
    if (!moved) {
      const decoded: Decoded = { value: piece.decoded.value, offsets: piece.decoded.offsets.map((o, k, all) => (k === all.length - 1 ? end(o) : at(o))) };
      moved = { kind: piece.kind, start: at(piece.start), end: end(piece.end), decoded, replacement };
      pieces.set(piece, moved);
    }
    return moved;
  };
  const operand = (o: Operand): Operand => (o.kind === "piece" ? { kind: "piece", piece: move(o.piece) } : { ...o, start: at(o.start), end: end(o.end) });
  for (const piece of inner.pieces) into.pieces.push(move(piece));
  const groups = new Map(inner.groups.map((g) => [g, { ...g, operands: g.operands.map(operand), start: at(g.start), end: end(g.end), replacement }]));
  into.groups.push(...groups.values());
  for (const [name, g] of inner.bindings)
    into.bindings.set(name, groups.get(g) ?? { ...g, operands: g.operands.map(operand), start: at(g.start), end: end(g.end), replacement });
  for (const problem of inner.problems) into.problems.push({ message: problem.message, offset: at(problem.offset) });
}

/** A virtual text made of file slices `[start, end)`, joined by `separator`, with its map. */
export function sliceText(text: string, slices: readonly (readonly [number, number])[], separator = "\n"): { text: string; map: number[] } {
  let virtual = "";
  const map: number[] = [];
  slices.forEach(([from, to], k) => {
    if (k > 0) {
      virtual += separator;
      // A separator stands where the previous slice ended, so that a piece ending there ends there.
      for (let s = 0; s < separator.length; s++) map.push(slices[k - 1]![1]);
    }
    virtual += text.slice(from, to);
    for (let i = from; i < to; i++) map.push(i);
  });
  map.push(slices.length ? slices[slices.length - 1]![1] : 0);
  return { text: virtual, map };
}
