import { SENSITIVE_ATTRIBUTES } from "@dbcfg/config-file";
import type { CheckOutcome, GlobalCheck } from "../../doctor/engine/types.js";
import { envAttributes } from "@dbcfg/unified-auth";
import { profileAttributes } from "../../doctor/input/profile-attributes.js";
import { canonicalHost } from "../../doctor/input/bundle-workspace.js";
import { ORIGIN_LABELS, findEnvAssignments, type EnvAssignment } from "../../doctor/input/find-env-origins.js";

/**
 * For each Databricks/ARM/Google variable that takes part in resolution, where it most likely
 * came from: the file (.envrc, .env, .databricks/databricks.env, a shell start-up file) that sets
 * it to the same value, else the shell or the parent process. One that shadows the selected
 * profile with another value (env-shadowing reports it) gets the line to remove.
 */
export const envOrigins: GlobalCheck = {
  id: "env-origins",
  title: "Where each environment variable comes from",
  group: "environment",
  help: "For every DATABRICKS_*, ARM_* and GOOGLE_* variable that unified auth reads, finds the file that sets it to the same value: direnv's .envrc or a .env file in the current folder or above, the VS Code extension's .databricks/databricks.env, or a shell start-up file (~/.bashrc, ~/.zshrc, …); otherwise it was set in the shell or by the parent process. When a variable overrides the selected profile with a different value, the fix names the line to delete.",
  requires: [],
  online: false,
  scope: "global",
  async run({ input, cli }) {
    const env = envAttributes(input.env);
    if (env.size === 0) return [{ status: "pass", message: "No Databricks, ARM or Google variables are set." }];
    const assignments = await findEnvAssignments(new Set([...env.values()].map((v) => v.envName)), cli.cwd, cli.homeDir);
    const profile = profileAttributes(input, input.selection.name);
    const outcomes: CheckOutcome[] = [];
    for (const [attribute, { envName, value }] of env) {
      const same = (candidate: string) => (attribute === "host" ? canonicalHost(candidate) === canonicalHost(value) : candidate === value);
      const mine = assignments.filter((a) => a.name === envName);
      const setters = mine.filter((a) => same(a.value));
      const others = mine.filter((a) => !same(a.value));
      const origin =
        setters.length > 0
          ? `likely from ${describe(setters[0]!)}`
          : "set in the shell or by the parent process (no .envrc, .env, .databricks/databricks.env or shell start-up file sets this value)";
      const extra = setters.length > 1 ? `; also set in ${setters.slice(1).map(where).join(", ")}` : "";
      const differing = others.length > 0 ? `; ${others.map(where).join(", ")} set${others.length === 1 ? "s" : ""} another value` : "";
      const fromProfile = profile.get(attribute);
      const shadows = fromProfile !== undefined && fromProfile.value !== "" && !same(fromProfile.value);
      if (shadows) {
        outcomes.push({
          status: "warn",
          message: `${envName} overrides [${input.selection.name}] ${attribute} with another value and is ${origin}${extra}${differing}.`,
          fix:
            setters.length > 0
              ? `Delete ${where(setters[0]!)}${setters[0]!.kind === "direnv" ? " and run `direnv allow`" : ""}, then open a new shell (or unset ${envName}).`
              : `unset ${envName}, and remove it from wherever your shell or IDE sets it.`,
        });
      } else {
        outcomes.push({
          status: "pass",
          message: `${envName}${SENSITIVE_ATTRIBUTES.has(attribute) ? "" : `=${value}`} is ${origin}${extra}${differing}${fromProfile ? `; it matches [${input.selection.name}]` : ""}.`,
        });
      }
    }
    return outcomes;
  },
};

function where(assignment: EnvAssignment): string {
  return `${assignment.file}:${assignment.line}`;
}

function describe(assignment: EnvAssignment): string {
  return `${ORIGIN_LABELS[assignment.kind]} at ${where(assignment)}`;
}
