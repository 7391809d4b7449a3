import { redact } from "./redact.js";

/** Shorter known secrets are not searched for: they would match ordinary text. */
const MIN_KNOWN_SECRET_LENGTH = 8;
const PAT_SHAPE = /^dapi([0-9a-f]{32})(?:-[0-9])?$/i;

/**
 * Masks the caller's own secrets wherever they appear in `text`, in any spelling a server or a
 * paste gives them: as written, in another letter case, split by a space or a line break between
 * any two characters, and — for a PAT — its bare 32-hex body without the `dapi` prefix.
 */
export function maskKnownSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    const value = secret.trim();
    if (value.length < MIN_KNOWN_SECRET_LENGTH) continue;
    const shown = redact(value);
    const body = PAT_SHAPE.exec(value)?.[1];
    for (const form of body === undefined ? [value] : [value, body]) out = out.replace(spellingsOf(form), shown);
  }
  return out;
}

/** `form` case-insensitively, with at most one space, tab or line break between its characters. */
function spellingsOf(form: string): RegExp {
  const chars = [...form].map((c) => c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&"));
  return new RegExp(chars.join("(?:[ \\t]|\\r?\\n)?"), "gi");
}
