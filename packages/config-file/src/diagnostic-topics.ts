import type { HostFindingCode } from "./analyze-host.js";
import type { TokenFindingCode } from "./analyze-token.js";

/**
 * What a diagnostic is about, so that a tool can show each one once, under its own heading:
 * - `syntax`: lines or sections no SDK (or only some) can parse, and the bytes of a line;
 * - `value`: keys and values the SDKs do not understand (unknown key, empty or invalid value, …);
 * - `encoding`: how the file's bytes are encoded (byte-order mark);
 * - `dialect`: text the Go, Python and JS readers each read differently (quotes, inline comments, …);
 * - `host` / `token`: the shape of a host or token value (`analyzeHost`, `analyzeToken`);
 * - `auth`: an authentication method that cannot work (basic auth, a PAT on an account host);
 * - `profile-selection`: which profile the SDKs select (`[DEFAULT]` case, `default_profile`).
 */
export type DiagnosticTopic = "syntax" | "value" | "encoding" | "dialect" | "host" | "token" | "auth" | "profile-selection";

const OTHER_TOPICS = {
  "invalid-utf8": "syntax",
  "lone-carriage-return": "syntax",
  "duplicate-section": "syntax",
  "spaced-section-name": "syntax",
  "section-trailing-text": "syntax",
  "indented-section": "syntax",
  "key-before-section": "syntax",
  "duplicate-key": "syntax",
  "colon-delimiter": "syntax",
  "missing-delimiter": "syntax",
  "empty-key": "syntax",
  "empty-section-name": "syntax",
  "unclosed-section": "syntax",
  "unknown-key": "value",
  "sdk-specific-key": "value",
  "empty-value": "value",
  "invalid-value": "value",
  "python-bool-truthy": "value",
  "reserved-section-key": "value",
  "byte-order-mark": "encoding",
  "quoted-value": "dialect",
  "inline-comment": "dialect",
  "comment-char-in-value": "dialect",
  "escape-in-value": "dialect",
  "line-continuation": "dialect",
  "indented-continuation": "dialect",
  "key-case": "dialect",
  "basic-auth-eol": "auth",
  "token-on-account-host": "auth",
  "default-section-case": "profile-selection",
  "default-profile-empty": "profile-selection",
  "default-profile-missing": "profile-selection",
  "default-profile-reserved": "profile-selection",
} as const satisfies Record<string, DiagnosticTopic>;

/** Every code a `Diagnostic` of `@dbcfg/config-file` can carry. */
export type DiagnosticCode = keyof typeof OTHER_TOPICS | HostFindingCode | TokenFindingCode;

/** The topic of a diagnostic code; `undefined` for a code this package never emits. */
export function diagnosticTopic(code: string): DiagnosticTopic | undefined {
  if (code.startsWith("host-")) return "host";
  if (code.startsWith("token-") && code !== "token-on-account-host") return "token";
  return (OTHER_TOPICS as Readonly<Record<string, DiagnosticTopic>>)[code];
}
