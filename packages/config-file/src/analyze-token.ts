import { isPat, isPlaceholderPat } from "@dbcfg/pat";
import type { Finding } from "./analyze-host.js";

/** Stable codes of what can be wrong with a `token` value (also the `@dbcfg/config-file` diagnostic codes). */
export type TokenFindingCode =
  "token-empty" | "token-bearer-prefix" | "token-quoted" | "token-whitespace" | "token-placeholder" | "token-jwt" | "token-not-pat";

export interface TokenFinding extends Finding {
  code: TokenFindingCode;
  /** True when the token itself may be fine and only its decoration (prefix, quotes, whitespace) is wrong. */
  decoration: boolean;
}

/** What dbcfg knows about one `token` value as written, without contacting any server. */
export interface TokenAnalysis {
  findings: TokenFinding[];
  /** For a JWT (an OAuth or Azure AD access token): its `exp` claim in ms since the epoch (decoded, not verified). */
  jwtExpiresAt?: number;
}

const PLACEHOLDER =
  /^(dapi)?(x{3,}|\*{3,}|\.{3}|<[^>]*>|\{\{[^}]*\}\}|\$\{[^}]*\}|your[-_ ]?(personal[-_ ]?access[-_ ]?)?token.*|token|changeme|change[-_]me|todo|tbd|placeholder|secret|redacted)$/i;
const MATCHED_QUOTES = /^(["'`]).*\1$/s;

/**
 * What is wrong with a `token` value as written (the raw text, inline comment removed): a `Bearer `
 * prefix, quotes, whitespace, a placeholder, a JWT, or a value that is not a personal access token
 * ("dapi" + 32 lower-case hex, optionally "-<digit>"). Quotes are an error even around the whole
 * value: the Go SDK's ini reader and the JS SDK drop a matching pair, but Python's configparser
 * keeps them and sends them to the server. With `now` (ms), a JWT past its `exp` is an error and says so.
 * Messages never contain the token.
 */
export function analyzeToken(raw: string, options: { now?: number } = {}): TokenAnalysis {
  const findings: TokenFinding[] = [];
  let core = raw.trim();
  if (core === "")
    return {
      findings: [
        {
          code: "token-empty",
          severity: "error",
          decoration: false,
          message: 'token is empty; Go ignores it (then "cannot configure default credentials"), Python counts it',
        },
      ],
    };
  if (/^bearer\s/i.test(core)) {
    findings.push({
      code: "token-bearer-prefix",
      severity: "error",
      decoration: true,
      message: 'token starts with "Bearer "; the SDKs add that prefix themselves, so the server sees "Bearer Bearer …"',
    });
    core = core.replace(/^bearer\s+/i, "");
  }
  if (/^["'`]|["'`]$/.test(core)) {
    const matched = MATCHED_QUOTES.test(core) && core.length >= 2;
    findings.push({
      code: "token-quoted",
      severity: "error",
      decoration: true,
      message: matched
        ? "token is wrapped in quotes: Go and JS strip them, the Python SDK sends them and gets 403 Invalid access token"
        : "token has a stray quote at one end, which every SDK sends as part of the token",
    });
    core = core.replace(/^["'`]+|["'`]+$/g, "");
  }
  if (/\s/.test(core)) {
    findings.push({
      code: "token-whitespace",
      severity: "error",
      decoration: true,
      message: "token contains whitespace, which no token has; it was probably pasted with a line break or split",
    });
    core = core.replace(/\s+/g, "");
  }
  const jwtExpiresAt = jwtExpiry(core);
  if (jwtExpiresAt !== undefined || /^eyJ[\w-]*\.[\w-]*\.[\w-]*$/.test(core)) {
    const expired = jwtExpiresAt !== undefined && options.now !== undefined && jwtExpiresAt <= options.now;
    const lifetime = expired ? "already expired" : options.now !== undefined && jwtExpiresAt !== undefined ? "short-lived" : "valid for minutes to hours";
    findings.push({
      code: "token-jwt",
      severity: expired ? "error" : "warning",
      decoration: false,
      message: `token is a JWT (an OAuth/Azure AD access token, ${lifetime}), not a personal access token`,
    });
  } else if (isPlaceholderPat(core) || PLACEHOLDER.test(core)) {
    findings.push({
      code: "token-placeholder",
      severity: "error",
      decoration: false,
      message: "token is a placeholder, not a real token; create one (User Settings → Developer → Access tokens, or `dbcfg token create`)",
    });
  } else if (!isPat(core)) {
    findings.push({
      code: "token-not-pat",
      severity: "warning",
      decoration: false,
      message: "token does not look like a personal access token (dapi + 32 hex); check that the whole token was copied",
    });
  }
  return { findings, ...(jwtExpiresAt !== undefined ? { jwtExpiresAt } : {}) };
}

/** The findings of {@link analyzeToken}; none for an empty value (reported as an empty value elsewhere). */
export function checkToken(value: string): TokenFinding[] {
  return value.trim() === "" ? [] : analyzeToken(value).findings;
}

/** `exp` of a JWT in ms, if the value is one with a numeric `exp` (decoded, not verified; RFC 7519 §4.1.4). */
function jwtExpiry(value: string): number | undefined {
  const [, payload] = value.split(".");
  if (!value.startsWith("eyJ") || payload === undefined) return undefined;
  try {
    const exp = (JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { exp?: unknown }).exp;
    return typeof exp === "number" ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
