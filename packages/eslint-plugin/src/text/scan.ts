import { findPats } from "@dbcfg/pat";
import { type Group, type Lexed, type Operand, type Piece, type Tier, operandEnd, operandStart } from "./lexed.js";

/** One hard-coded token in a text: where it is in the file, how it was spelled, what may replace it. */
export interface TextFinding {
  token: string;
  tier: Tier;
  start: number;
  end: number;
  /** The range a suggestion may replace (a whole literal or expression whose value is the token). */
  whole: [number, number] | null;
  /** What replaces `whole`, when not the file's default (code embedded in another file type). */
  replacement?: string | null;
}

const BASE64 = /^[A-Za-z0-9+/_-]{48,}={0,2}$/;
const HEX_TEXT = /^(?:[0-9a-fA-F]{2}){36,}$/;
/** How deep binding chains are followed, and the longest value a join may build. */
const MAX_DEPTH = 16;
const MAX_LENGTH = 65_536;

/**
 * Every PAT in a lexed text: in each piece (literal, escaped, comment), hidden in an encoded
 * string (base64 or hex of a text holding a token), and assembled by each group from its
 * operands (concat; binding when a bound name took part; encoded when a decoder did). A token
 * that one piece or binding already holds whole is reported there and not again.
 */
export function scanLexed(lexed: Lexed, text: string): TextFinding[] {
  const findings: TextFinding[] = [];
  for (const piece of lexed.pieces) scanPiece(piece, text, findings);
  const values = new Map<string, string | null>();
  const resolving = new Set<string>();
  const resolve = (name: string, depth: number): string | null => {
    if (values.has(name)) return values.get(name)!;
    const bound = lexed.bindings.get(name);
    if (!bound || resolving.has(name) || depth > MAX_DEPTH) return null;
    resolving.add(name);
    const folded = foldGroup(bound, resolve, depth + 1);
    resolving.delete(name);
    const value = folded && folded.runs.length === 1 && folded.runs[0]!.complete ? folded.runs[0]!.value : null;
    values.set(name, value);
    return value;
  };
  for (const g of lexed.groups) {
    const folded = foldGroup(g, resolve, 0);
    if (!folded) continue;
    for (const run of folded.runs) {
      if (run.segments.length < 2 && !g.decode) continue;
      const usedName = run.segments.some((s) => s.operand.kind === "name");
      const value = g.decode && run.complete ? applyDecoder(run.value, g.decode) : run.value;
      if (value === null) continue;
      for (const match of findPats(value)) {
        const end = match.index + match.length;
        if (!g.decode && run.segments.some((s) => s.from <= match.index && end <= s.to)) continue;
        const first = g.decode ? run.segments[0]! : run.segments.find((s) => match.index < s.to)!;
        const last = g.decode ? run.segments[run.segments.length - 1]! : [...run.segments].reverse().find((s) => s.from < end)!;
        const tier: Tier = g.decode ? "encoded" : usedName ? "binding" : "concat";
        const exact = !g.decode && run.complete && match.index === 0 && end === value.length;
        findings.push({
          token: match.token,
          tier,
          start: operandStart(first.operand),
          end: operandEnd(last.operand),
          whole: exact ? [g.start, g.end] : null,
          replacement: g.replacement,
        });
      }
    }
  }
  const seen = new Set<string>();
  return findings
    .filter((f) => {
      const key = `${f.tier}:${f.start}:${f.end}:${f.token}`;
      return !seen.has(key) && seen.add(key);
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

function scanPiece(piece: Piece, text: string, findings: TextFinding[]): void {
  const { value, offsets } = piece.decoded;
  for (const match of findPats(value)) {
    const start = offsets[match.index]!;
    const end = offsets[match.index + match.length - 1]! + 1;
    const spelled = text.slice(start, end) === match.token;
    const tier: Tier = !spelled ? "escaped" : piece.kind === "comment" ? "comment" : "literal";
    const exact = piece.kind === "string" && match.index === 0 && match.length === value.length;
    findings.push({
      token: match.token,
      tier,
      start,
      end: spelled ? end : Math.max(end, offsets[match.index + match.length]!),
      whole: exact ? [piece.start, piece.end] : null,
      replacement: piece.replacement,
    });
  }
  if (piece.kind !== "string") return;
  const trimmed = value.trim();
  const decoded = BASE64.test(trimmed) ? applyDecoder(trimmed, "base64") : HEX_TEXT.test(trimmed) ? applyDecoder(trimmed, "hex") : null;
  if (!decoded) return;
  for (const match of findPats(decoded)) findings.push({ token: match.token, tier: "encoded", start: piece.start, end: piece.end, whole: null });
}

interface Segment {
  operand: Operand;
  from: number;
  to: number;
}
interface FoldedRun {
  value: string;
  segments: Segment[];
  /** Every operand of the group is in this run. */
  complete: boolean;
}

/** The group's value, cut into runs at operands whose value is unknown. */
function foldGroup(g: Group, resolve: (name: string, depth: number) => string | null, depth: number): { runs: FoldedRun[] } | null {
  const runs: FoldedRun[] = [];
  let current: FoldedRun | null = null;
  let known = 0;
  for (const operand of g.operands) {
    const value = operand.kind === "piece" ? operand.piece.decoded.value : operand.kind === "name" ? resolve(operand.name, depth) : null;
    if (value === null || (current && current.value.length + value.length > MAX_LENGTH)) {
      if (current) runs.push(current);
      current = null;
      if (value === null) continue;
    }
    known++;
    if (current === null) current = { value: "", segments: [], complete: false };
    else current.value += g.separator;
    current.segments.push({ operand, from: current.value.length, to: current.value.length + value.length });
    current.value += value;
  }
  if (current) runs.push(current);
  if (runs.length === 1 && known === g.operands.length) runs[0]!.complete = true;
  return runs.length ? { runs } : null;
}

function applyDecoder(value: string, decoder: NonNullable<Group["decode"]>): string | null {
  if (decoder === "reverse") return [...value].reverse().join("");
  const compact = value.replace(/\s+/g, "");
  if (decoder === "hex") return HEX_TEXT.test(compact) || /^(?:[0-9a-fA-F]{2})+$/.test(compact) ? Buffer.from(compact, "hex").toString("latin1") : null;
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(compact)) return null;
  return Buffer.from(compact.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("latin1");
}
