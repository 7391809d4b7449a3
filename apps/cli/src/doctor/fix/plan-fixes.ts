import type { ConfigDocument, ConfigEdit } from "@dbcfg/config-file";
import { analyzeHost } from "@dbcfg/config-file";
import { isPat, redact } from "@dbcfg/pat";
import type { DoctorInput } from "../input/doctor-input.js";
import { SETTINGS_SECTION } from "@dbcfg/config-file";

/**
 * One safe repair: edits of the `@dbcfg/config-file` edit API (which refuses unsafe edits), made
 * in order; the repair stops at the first one refused.
 */
export interface FixEdit {
  description: string;
  edits: ConfigEdit[];
}

/** The safe local repairs `--fix` makes: nothing that changes which credentials are used. */
export interface FixPlan {
  edits: FixEdit[];
  /** Set the mode to 0600. */
  chmod: boolean;
}

/** 1-based numbers of the lines setting `key` in `profile`, in file order (the last one is what Go reads). */
function keyLines(doc: ConfigDocument, profile: string, key: string): number[] {
  return doc.findEntries(profile, key).map((line) => line.number);
}

function lineList(numbers: readonly number[]): string {
  return `line${numbers.length > 1 ? "s" : ""} ${numbers.join(", ")}`;
}

/**
 * A token wrapped onto indented lines (a paste broken at the terminal's width): when the value and
 * the lines Python appends to it join into exactly one PAT and the value alone is not one, that PAT
 * and the lines it spans. Go cannot parse such a file and Python and JS send a broken token, so
 * joining it changes no working credential.
 */
function wrappedToken(doc: ConfigDocument, profile: string): { token: string; lines: [number, number] } | undefined {
  const entry = doc.findEntry(profile, "token");
  if (!entry) return undefined;
  const rest = doc.continuationsOf(entry);
  if (rest.length === 0) return undefined;
  const head = entry.value.trim();
  const token = head + rest.map((line) => line.raw.trim()).join("");
  return isPat(token) && !isPat(head) ? { token, lines: [entry.number, rest.at(-1)!.number] } : undefined;
}

/**
 * Plans joining a token wrapped onto two or more lines, host normalisation (scheme added; slash,
 * path and query dropped; `?o=` moved into `workspace_id`), removing the earlier lines of a
 * duplicated key so that the last one (the value Go already uses) stays where it is, and mode 0600.
 */
export function planFixes(input: DoctorInput): FixPlan {
  const chmod = input.file.kind === "file" && (input.file.mode & 0o077) !== 0;
  const edits: FixEdit[] = [];
  if (input.file.kind !== "file") return { edits, chmod };
  for (const [profile, keys] of input.profiles) {
    if (profile === SETTINGS_SECTION) continue;
    const counts = input.keyCounts.get(profile) ?? new Map<string, number>();
    for (const [key, count] of counts) {
      if (count < 2 || key === "host") continue;
      const lines = keyLines(input.doc, profile, key);
      const kept = lines.at(-1);
      edits.push({
        description: `[${profile}] removed the earlier "${key}" ${lineList(lines.slice(0, -1))}, kept line ${kept} (the value Go reads) where it is`,
        edits: [{ op: "keepLastKey", profile, key }],
      });
    }
    const wrapped = wrappedToken(input.doc, profile);
    if (wrapped) {
      edits.push({
        description: `[${profile}] joined the token ${redact(wrapped.token)} wrapped onto lines ${wrapped.lines.join("–")} into one line`,
        edits: [{ op: "setValue", profile, key: "token", value: wrapped.token }],
      });
    }
    const host = keys.get("host");
    if (!host) continue;
    const fix = analyzeHost(host.value).fix;
    const fixable = fix?.safe === true;
    const duplicated = (counts.get("host") ?? 0) > 1;
    if (!fixable && !duplicated) continue;
    const newHost = fixable ? fix.host : host.value;
    const workspaceId = fixable && fix.workspaceId && !keys.has("workspace_id") ? fix.workspaceId : undefined;
    const hostLines = keyLines(input.doc, profile, "host");
    const what = [
      duplicated ? `removed the earlier "host" ${lineList(hostLines.slice(0, -1))}, kept line ${hostLines.at(-1)}` : "",
      fixable ? `host ${host.value} → ${newHost}` : "",
      workspaceId ? `workspace_id = ${workspaceId}` : "",
    ]
      .filter(Boolean)
      .join(", ");
    edits.push({
      description: `[${profile}] ${what}`,
      edits: [
        ...(duplicated ? [{ op: "keepLastKey", profile, key: "host" } as const] : []),
        ...(fixable ? [{ op: "setValue", profile, key: "host", value: newHost } as const] : []),
        ...(workspaceId ? [{ op: "setValue", profile, key: "workspace_id", value: workspaceId } as const] : []),
      ],
    });
  }
  return { edits, chmod };
}
