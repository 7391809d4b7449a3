import type { ConfigDocument } from "@dbcfg/config-file";
import { analyzeHost } from "@dbcfg/config-file";
import type { DoctorInput } from "../input/doctor-input.js";
import { SETTINGS_SECTION } from "@dbcfg/config-file";

/** One safe repair, applied through the `@dbcfg/config-file` edit API (which refuses unsafe edits). */
export interface FixEdit {
  description: string;
  apply(doc: ConfigDocument): void;
}

/** The safe local repairs `--fix` makes: nothing that changes which credentials are used. */
export interface FixPlan {
  edits: FixEdit[];
  /** Set the mode to 0600. */
  chmod: boolean;
}


/**
 * Plans host normalisation (scheme added; slash, path and query dropped; `?o=` moved into
 * `workspace_id`), keeping only the last of duplicate keys (the value Go already uses), and mode 0600.
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
      const value = keys.get(key)!.value;
      edits.push({ description: `[${profile}] kept only the last "${key}" (the value Go reads), removed ${count - 1} earlier line${count > 2 ? "s" : ""}`, apply: (doc) => { doc.deleteKey(profile, key); doc.setValue(profile, key, value); } });
    }
    const host = keys.get("host");
    if (!host) continue;
    const fix = analyzeHost(host.value).fix;
    const fixable = fix?.safe === true;
    const duplicated = (counts.get("host") ?? 0) > 1;
    if (!fixable && !duplicated) continue;
    const newHost = fixable ? fix.host : host.value;
    const workspaceId = fixable && fix.workspaceId && !keys.has("workspace_id") ? fix.workspaceId : undefined;
    const what = [fixable ? `host ${host.value} → ${newHost}` : "", workspaceId ? `workspace_id = ${workspaceId}` : "", duplicated ? "earlier host lines removed" : ""].filter(Boolean).join(", ");
    edits.push({
      description: `[${profile}] ${what}`,
      apply: (doc) => {
        if (duplicated) doc.deleteKey(profile, "host");
        doc.setValue(profile, "host", newHost);
        if (workspaceId) doc.setValue(profile, "workspace_id", workspaceId);
      },
    });
  }
  return { edits, chmod };
}
