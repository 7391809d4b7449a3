import { posix } from "node:path";

/** What decides how a file is read (which ESLint config applies): its extension, or without one its name. */
export function languageKey(path: string): string {
  const name = posix.basename(path).toLowerCase();
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot) : name;
}
