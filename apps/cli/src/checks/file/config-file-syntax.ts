import { diagnosticTopic, type Diagnostic, type DiagnosticTopic } from "@dbcfg/config-file";
import { STATUS_OF_SEVERITY } from "../../doctor/engine/severity-status.js";
import type { CheckOutcome, GlobalCheck } from "../../doctor/engine/types.js";

/**
 * The topics of `@dbcfg/config-file` diagnostics this check reports; the others have a check of
 * their own (encoding → config-file-encoding, dialect → sdk-divergence, host → host-shape,
 * token → token-shape, auth → basic-auth and host-shape, profile-selection → default-case,
 * empty-default and default-profile-target).
 */
const TOPICS_REPORTED_HERE: ReadonlySet<DiagnosticTopic | undefined> = new Set<DiagnosticTopic | undefined>(["syntax", "value", undefined]);

/**
 * A dialect difference that is an error is a line some SDK cannot parse at all (an indented line
 * without "=": Go fails, Python appends it to the value above): a syntax problem for that SDK, so
 * it is listed here too, where the fixes of the checks that meet the failure later point.
 */
function reportedHere(d: Diagnostic): boolean {
  const topic = diagnosticTopic(d.code);
  return TOPICS_REPORTED_HERE.has(topic) || (topic === "dialect" && d.severity === "error");
}

const FIXES: Readonly<Partial<Record<Diagnostic["code"], string>>> = {
  "missing-delimiter":
    'Join it onto the line above if it is the rest of that value (a token broken in two), else write it as "key = value" or start it with # to make it a comment.',
  "empty-key": 'Write the line as "key = value" or delete it.',
  "duplicate-key": "Delete the earlier line (dbcfg doctor --fix keeps the last value, which is what Go uses).",
  "duplicate-section": "Merge the two sections into one.",
  "key-before-section": "Add a [profile] header above the key.",
  "unknown-key": "Fix the key's spelling or remove it.",
  "indented-continuation":
    "Join the line onto the one above if it is the rest of that value (dbcfg doctor --fix does this for a token wrapped onto two lines), else delete it.",
};

/** Every diagnostic of the `@dbcfg/config-file` parser, with line and column. */
export const configFileSyntax: GlobalCheck = {
  id: "config-file-syntax",
  title: "Config file syntax",
  group: "file",
  help: "Parses .databrickscfg with @dbcfg/config-file and reports each diagnostic with line:column: lines an SDK cannot parse (an indented line without '=', often a wrapped token, stops the CLI), keys before the first [section], duplicate sections and keys (Python refuses them), unknown keys with a did-you-mean, empty or invalid values, and misplaced settings.",
  requires: ["config-file-path"],
  online: false,
  scope: "global",
  run({ input }) {
    if (input.file.kind !== "file") return [{ status: "skip", message: "Skipped: there is no config file." }];
    const file = input.configPath.path;
    const outcomes: CheckOutcome[] = input.doc.diagnostics.filter(reportedHere).map((d) => ({
      status: STATUS_OF_SEVERITY[d.severity],
      message: `Line ${d.line}, column ${d.column}: ${d.message}`,
      fix: FIXES[d.code] ?? `Edit line ${d.line} of ${file}.`,
      location: { file, line: d.line, column: d.column },
    }));
    return outcomes.length > 0 ? outcomes : [{ status: "pass", message: `${input.doc.sectionNames().length} sections, no syntax problems.` }];
  },
};
