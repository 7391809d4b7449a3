import type { Dialect } from "./types.js";

/** How messages name each dialect: by the SDK's language. */
export const DIALECT_NAMES: Record<Dialect, string> = { go: "Go", python: "Python", js: "JS" };

/** "Go", "Go and JS", "Go, Python and JS". */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
