import type { Diagnostic } from "@dbcfg/config-file";
import type { CheckOutcome, CheckStatus, GlobalCheck } from "../../doctor/engine/types.js";

/** Diagnostics that other checks report in their own words (encoding, SDK readings, host, token, basic auth, DEFAULT). */
const REPORTED_ELSEWHERE = new Set([
  "byte-order-mark",
  "default-section-case",
  "quoted-value",
  "inline-comment",
  "comment-char-in-value",
  "escape-in-value",
  "line-continuation",
  "indented-continuation",
  "key-case",
  "basic-auth-eol",
  "token-on-account-host",
]);
const REPORTED_ELSEWHERE_PREFIXES = ["host-", "token-", "default-profile-"];

const FIXES: Readonly<Record<string, string>> = {
  "missing-delimiter": 'Write the line as "key = value", or start it with # to make it a comment.',
  "empty-key": 'Write the line as "key = value" or delete it.',
  "duplicate-key": "Delete the earlier line (dbcfg doctor --fix keeps the last value, which is what Go uses).",
  "duplicate-section": "Merge the two sections into one.",
  "key-before-section": "Add a [profile] header above the key.",
  "unknown-key": "Fix the key's spelling or remove it.",
};

const STATUS: Record<Diagnostic["severity"], CheckStatus> = { error: "fail", warning: "warn", info: "pass" };

/** Every diagnostic of the `@dbcfg/config-file` parser, with line and column (P8, P10, P16, P21). */
export const configFileSyntax: GlobalCheck = {
  id: "config-file-syntax",
  title: "Config file syntax",
  group: "file",
  help: "Parses .databrickscfg with @dbcfg/config-file and reports each diagnostic with line:column: lines no SDK can parse, keys before the first [section], duplicate sections and keys (Python refuses them), unknown keys with a did-you-mean, empty or invalid values, and misplaced settings.",
  requires: ["config-file-path"],
  online: false,
  scope: "global",
  run({ input }) {
    if (input.file.kind !== "file") return [{ status: "skip", message: "Skipped: there is no config file." }];
    const file = input.configPath.path;
    const outcomes: CheckOutcome[] = input.doc.diagnostics
      .filter((d) => !REPORTED_ELSEWHERE.has(d.code) && !REPORTED_ELSEWHERE_PREFIXES.some((prefix) => d.code.startsWith(prefix)))
      .map((d) => ({
        status: STATUS[d.severity],
        message: `Line ${d.line}, column ${d.column}: ${d.message}`,
        fix: FIXES[d.code] ?? `Edit line ${d.line} of ${file}.`,
        location: { file, line: d.line, column: d.column },
      }));
    return outcomes.length > 0 ? outcomes : [{ status: "pass", message: `${input.doc.sectionNames().length} sections, no syntax problems.` }];
  },
};
