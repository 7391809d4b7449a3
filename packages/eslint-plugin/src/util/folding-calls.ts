/**
 * The calls that can assemble or decode a string from constants: the rule treats them as
 * composites to check, and the folder (`fold-constant.ts`) computes their value. One list for
 * both, so that neither can know a call the other does not.
 */

/** Methods whose call folds to a string: `[…].join()`, `'a'.concat()`, `Buffer.from(…).toString()`, `String.fromCharCode(…)`, `globalThis.atob(…)`. */
export const FOLDING_METHODS = ["join", "concat", "toString", "reverse", "from", "fromCharCode", "fromCodePoint", "atob"] as const;
export type FoldingMethod = (typeof FOLDING_METHODS)[number];

/** Of those, the ones whose value depends on their receiver only (`join` and `concat` when it is not constant). */
export const RECEIVER_FOLDING_METHODS: ReadonlySet<string> = new Set<FoldingMethod>(["join", "concat", "toString", "reverse"]);

/** Global functions that fold their argument: `atob(x)`, `String(x)`. */
export const FOLDING_GLOBALS = ["atob", "String"] as const;

/** A method the folder also needs, though it makes an array, not a string: `'…'.split('')`. */
export const ARRAY_METHOD = "split";

const methods: ReadonlySet<string> = new Set(FOLDING_METHODS);
const globals: ReadonlySet<string> = new Set(FOLDING_GLOBALS);

export function isFoldingMethod(name: string): name is FoldingMethod {
  return methods.has(name);
}

export function isFoldingGlobal(name: string): name is (typeof FOLDING_GLOBALS)[number] {
  return globals.has(name);
}
