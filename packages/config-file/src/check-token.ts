import { isPat, isPlaceholderPat } from "@dbcfg/pat";
import type { Finding } from "./check-host.js";

const PLACEHOLDER = /^(dapi)?(x{3,}|\*{3,}|\.{3}|<[^>]*>|\{\{[^}]*\}\}|\$\{[^}]*\}|your[-_ ]?(personal[-_ ]?access[-_ ]?)?token.*|token|changeme|change[-_]me|todo|tbd|placeholder|secret|redacted)$/i;

/**
 * What is wrong with a `token` value as written (Python's reading: the raw text): a `Bearer `
 * prefix, stray quotes, whitespace, a placeholder, or a value that is not a PAT at all. Messages
 * never contain the token.
 */
export function checkToken(value: string): Finding[] {
  if (value === "") return [];
  const findings: Finding[] = [];
  let core = value;
  if (/^bearer\s/i.test(core)) {
    findings.push({ code: "token-bearer-prefix", severity: "error",
      message: 'The token starts with "Bearer ": the SDKs add that prefix themselves, so the server receives "Bearer Bearer …" and rejects it. Keep only the token.' });
    core = core.replace(/^bearer\s+/i, "");
  }
  if (/^["'`]|["'`]$/.test(core)) {
    findings.push({ code: "token-quoted", severity: "error",
      message: "The token has quotes around it (or a stray quote at one end). Go strips a matching pair, but Python and the server see the quotes as part of the token. Remove the quotes." });
    core = core.replace(/^["'`]+|["'`]+$/g, "");
  }
  if (/\s/.test(core)) {
    findings.push({ code: "token-whitespace", severity: "error",
      message: "The token contains whitespace, which no token has; it was probably pasted with a line break or split. Paste it again as one word." });
    core = core.replace(/\s+/g, "");
  }
  if (isPlaceholderPat(core) || PLACEHOLDER.test(core)) {
    findings.push({ code: "token-placeholder", severity: "error",
      message: "The token is a placeholder, not a real token. Create one (User Settings → Developer → Access tokens, or `dbcfg token create`) and paste it here." });
  } else if (!isPat(core)) {
    findings.push({ code: "token-not-pat", severity: "warning",
      message: 'The token does not have the shape of a Databricks personal access token ("dapi" + 32 lower-case hex characters, optionally "-<digit>"). Check that the whole token was copied.' });
  }
  return findings;
}
