import { scanPats } from "./find-pats.js";
import { maskKnownSecrets } from "./mask-known-secrets.js";
import { redact, REDACTED } from "./redact.js";
import { maskStrayConfigLines } from "./stray-config-line.js";

/**
 * Field names whose values are secrets wherever they appear: `.databrickscfg` attributes, JSON
 * bodies of the Token API and OAuth, and query strings.
 */
export const SECRET_FIELD_NAMES = [
  "token",
  "token_value",
  "access_token",
  "refresh_token",
  "id_token",
  "password",
  "client_secret",
  "azure_client_secret",
  "google_credentials",
  "metadata_service_url",
  "DATABRICKS_TOKEN",
  "DATABRICKS_PASSWORD",
  "DATABRICKS_CLIENT_SECRET",
  "ARM_CLIENT_SECRET",
  "GOOGLE_CREDENTIALS",
  "DATABRICKS_METADATA_SERVICE_URL",
] as const;

const SECRET_FIELDS: ReadonlySet<string> = new Set(SECRET_FIELD_NAMES.map((name) => name.toLowerCase()));

/** Whether a field (a `.databrickscfg` key, a JSON field, a query parameter) holds a secret: one of `SECRET_FIELD_NAMES`, in any case. */
export function isSecretFieldName(name: string): boolean {
  return SECRET_FIELDS.has(name.trim().toLowerCase());
}

const fieldAlternation = [...SECRET_FIELD_NAMES].sort((a, b) => b.length - a.length).join("|");

/** `"token_value": "…"` and `'password': '…'` in JSON or JS object text, `password = "…"` in ini. */
const QUOTED_FIELD = new RegExp(`(["']?)\\b(${fieldAlternation})\\1([ \\t]*[:=][ \\t]*)(["'])((?:\\\\.|(?!\\4)[^\\\\\\r\\n])*)\\4`, "gi");
/** `token = …` (ini), `DATABRICKS_TOKEN=…` (env), `token: …` (YAML-ish), `?token=…` (query), `-token = …` (a diff). */
const BARE_FIELD = new RegExp(`(^[ \\t]*[-+]?|[\\s?&;,{(])(${fieldAlternation})([ \\t]*[:=][ \\t]*)(?!["'\\s])([^\\s&;,"'}\\])]+)`, "gim");
/** What the start of a line holds before a key: indentation, a diff marker, `export`. */
const LINE_START_PREFIX = /^[ \t]*(?:[-+][ \t]*)?(?:export[ \t]+)?$/;
/**
 * One ordinary word (`expired`, `Dbcfg,`): after `name:` inside a sentence, or followed by more
 * words, it is prose, not a value. Alone after `name:` at the start of a line it is a value.
 */
const PROSE_WORD = /^[A-Za-z][a-z]{0,23}[.,;!?]?$/;
/** `Authorization: Bearer …` / `Basic …` header values and bare `Bearer …` text. */
const AUTH_SCHEME = /\b(Bearer|Basic)(\s+)([A-Za-z0-9\-._~+/]+=*)/g;
/** Credentials in URL userinfo: `https://user:secret@host`. */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:)([^\s/@]+)(@)/gi;
/** OAuth client secrets (`dose…`) and refresh tokens (`doau…`), and JWTs (`eyJ….eyJ….…`). */
const OTHER_SECRET_SHAPES = [/(?<![A-Za-z0-9_])(dose|doau)[A-Za-z0-9_.-]{32,}/g, /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g];
/** Token-shaped text that is not strictly a PAT (upper case, glued prefixes, 33+ hex): still masked. */
const LOOSE_PAT = /dapi[0-9a-fA-F]{32}(?:-[0-9])?/g;

/**
 * Masks every PAT, Bearer/Basic value, URL password and known secret field in `text`. Every
 * message, log line and error that dbcfg prints goes through this function. It masks values by
 * what they are — the value of a secret key (`token = …` on a line, in a diff, JSON, env or a
 * query), a config line a parser quotes in an error
 * (often half of a wrapped token) — and leaves prose alone: in "the token: expired yesterday"
 * the word after the colon is a word, not a value. Placeholders and near-miss PAT shapes are
 * masked too, and any other occurrence of a found PAT's 32-hex body wherever it stands.
 */
export function redactSecrets(text: string): string {
  if (text.length === 0) return text;
  return redactWithKnownBodies(text, collectPatBodies(text, new Set()));
}

/**
 * `redactSecrets` over a text given as pieces, each ending at a line break (the last one may
 * not): the same result as redacting their concatenation, piece by piece, without ever building
 * one string of the whole or holding every piece at once (a 100 MB report). `pieces` is called
 * twice, and must give the same pieces both times: every rule of `redactSecrets` but one is local
 * to a line; that one, masking the bare body of a PAT found elsewhere, needs the PATs of all
 * pieces first. The redacted pieces are produced as they are iterated.
 */
export function* redactSecretsInPieces(pieces: () => Iterable<string>): Generator<string, void, undefined> {
  const bodies = new Set<string>();
  for (const piece of pieces()) collectPatBodies(piece, bodies);
  for (const piece of pieces()) yield piece.length === 0 ? piece : redactWithKnownBodies(piece, bodies);
}

/** Adds to `bodies` the 32-hex body of every PAT-shaped token in `text` (placeholders and loose shapes included). */
function collectPatBodies(text: string, bodies: Set<string>): Set<string> {
  for (const match of scanPats(text, { includePlaceholders: true })) bodies.add(match.token.slice(4, 36));
  for (const match of text.matchAll(LOOSE_PAT)) bodies.add(match[0].slice(4, 36));
  return bodies;
}

function redactWithKnownBodies(text: string, bodies: ReadonlySet<string>): string {
  let out = text;
  out = out.replace(
    QUOTED_FIELD,
    (_m, q: string, name: string, sep: string, quote: string, value: string) =>
      `${q}${name}${q}${sep}${quote}${value.length === 0 ? "" : maskValue(unescapeLoose(value))}${quote}`,
  );
  out = out.replace(BARE_FIELD, (m, lead: string, name: string, sep: string, value: string, offset: number, whole: string) => {
    const nameAt = offset + lead.length;
    const atLineStart = LINE_START_PREFIX.test(whole.slice(whole.lastIndexOf("\n", nameAt - 1) + 1, nameAt));
    const sentenceGoesOn = / [A-Za-z]/.test(whole.slice(offset + m.length, offset + m.length + 2));
    if (!sep.includes("=") && PROSE_WORD.test(value) && (!atLineStart || sentenceGoesOn)) return m;
    return `${lead}${name}${sep}${maskValue(value)}`;
  });
  out = maskStrayConfigLines(out);
  out = out.replace(AUTH_SCHEME, (m, scheme: string, space: string, value: string) =>
    looksLikeCredential(value) ? `${scheme}${space}${maskValue(value)}` : m,
  );
  out = out.replace(URL_USERINFO, (_m, head: string, _secret: string, at: string) => `${head}${REDACTED}${at}`);
  for (const shape of OTHER_SECRET_SHAPES) out = out.replace(shape, (m) => redact(m));
  out = out.replace(LOOSE_PAT, (m) => redact(m));
  return bodies.size === 0 ? out : out.replace(HEX_RUN, (run) => maskKnownBodies(run, bodies));
}

/**
 * `redactSecrets`, after masking the caller's own secrets (the token it sends, a client secret) in
 * any spelling a server echoes or a paste gives them: any letter case, split by a space or a line
 * break, and a PAT's bare 32-hex body without `dapi`.
 */
export function redactKnownSecrets(text: string, knownSecrets: readonly string[]): string {
  return redactSecrets(maskKnownSecrets(text, knownSecrets));
}

const BODY_LENGTH = 32;
const HEX_RUN = /[0-9a-fA-F]{32,}/g;

/** Masks every 32-character window of a hex run that is the body of a PAT found elsewhere in the text. */
function maskKnownBodies(run: string, bodies: ReadonlySet<string>): string {
  let out = "";
  let copiedTo = 0;
  for (let i = 0; i + BODY_LENGTH <= run.length; i++) {
    if (!bodies.has(run.slice(i, i + BODY_LENGTH))) continue;
    out += run.slice(copiedTo, i) + REDACTED;
    copiedTo = i + BODY_LENGTH;
    i = copiedTo - 1;
  }
  return copiedTo === 0 ? run : out + run.slice(copiedTo);
}

/** Leaves values that are already masked (`dapi…1a2b`, `***`) as they are, so masking is idempotent. */
function maskValue(value: string): string {
  return value.includes("…") || value === REDACTED ? value : redact(value);
}

/** Tells `Bearer dapi…`/`Basic dXNlcjpw…` apart from prose such as "Basic authentication". */
function looksLikeCredential(value: string): boolean {
  return /[0-9._\-+/=~]/.test(value) || /[A-Z]/.test(value.slice(1));
}

function unescapeLoose(value: string): string {
  return value.replace(/\\(.)/g, "$1");
}
