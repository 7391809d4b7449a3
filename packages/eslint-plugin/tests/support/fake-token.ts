import { createHash } from "node:crypto";

/** `dapi`, spelled so that no token-shaped text sits in this file. */
export const PREFIX = ["d", "a", "p", "i"].join("");

/** A random-looking 32-hex body, derived from `seed` so that tests are repeatable. */
export function fakeBody(seed = "dbcfg"): string {
  return createHash("sha256").update(seed).digest("hex").slice(0, 32);
}

/** A fake PAT built at run time (never committed as a literal): `dapi` + 32 hex. */
export function fakeToken(seed = "dbcfg"): string {
  return PREFIX + fakeBody(seed);
}
