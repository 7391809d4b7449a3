import { randomBytes } from "node:crypto";

/** A PAT-shaped fake token built at run time (never a literal in a committed file). */
export function fakePat(): string {
  return ["d", "a", "p", "i"].join("") + randomBytes(16).toString("hex");
}
