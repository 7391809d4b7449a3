import { readProfiles } from "../read-profiles.js";
import type { Dialect, DialectProfiles, DialectSource } from "../types.js";

/** A stand-in for a `ConfigDocument`: just the text and the path. */
export function doc(text: string, path?: string): DialectSource {
  return path === undefined ? { toString: () => text } : { toString: () => text, path };
}

/** `readProfiles` that fails the test when the dialect reports an error. */
export function profilesOf(text: string, dialect: Dialect, path?: string): DialectProfiles {
  const result = readProfiles(doc(text, path), dialect);
  if ("error" in result) throw new Error(`${dialect} failed: ${result.error}`);
  return result;
}

/** The error text of `readProfiles`, failing the test when the dialect reads the text. */
export function errorOf(text: string, dialect: Dialect, path?: string): string {
  const result = readProfiles(doc(text, path), dialect);
  if (!("error" in result)) throw new Error(`${dialect} read it: ${JSON.stringify(result.profiles)}`);
  return result.error;
}

/** Plain-object copy of a prototype-free record tree, for readable assertions. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
