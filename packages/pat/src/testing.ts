import { randomBytes } from "node:crypto";

/**
 * `@dbcfg/pat/testing`: for tests only, never imported by runtime code. A fresh, random token of
 * the PAT shape ("dapi" + 32 lower-case hex), built at run time so that no token sits in a
 * repository; `isPat` accepts it and `findPats` finds it. It authenticates nowhere but where a
 * test (e.g. the workspace emulator) registers it.
 */
export function fakePat(): string {
  return "dapi" + randomBytes(16).toString("hex");
}
