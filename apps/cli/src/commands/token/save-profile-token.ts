import { writeProfileChanges } from "../../io/config-file-access.js";

/** Writes `token` into `profile` of `file` atomically (other lines untouched; `undefined` removes it); returns the backup path. */
export function saveProfileToken(file: string, profile: string, token: string | undefined, options: { backup: boolean }): Promise<string | undefined> {
  return writeProfileChanges(file, profile, [{ key: "token", to: token }], options);
}
