import { findAttribute } from "@dbcfg/config-file";
import { describe, type AttributeValue, type Resolution } from "@dbcfg/unified-auth";
import type { Palette } from "../../io/color.js";

const DIALECT_NAMES: Record<string, string> = {
  go: "Go SDK, the Databricks CLI and Terraform",
  python: "Python SDK",
  js: "JavaScript SDK (@databricks/sdk-experimental)",
};

/** "Python SDK", for sentences. */
export function dialectName(dialect: string): string {
  return DIALECT_NAMES[dialect] ?? dialect;
}

export function formatValue(value: AttributeValue): string {
  return Array.isArray(value) ? value.join(",") : String(value);
}

/**
 * The text form of a (redacted) resolution, modelled on `databricks auth describe`: `Host` and
 * `Authenticated with`, then `@dbcfg/unified-auth`'s `describe()` lines (less the two the header
 * already says) — every attribute with its
 * source and what it hides — marked `✓` when the attribute takes part in the chosen auth type and
 * `~` when it is set but unused by it, and `!` on values the SDK did not read and on warnings.
 */
export function renderResolution(resolution: Resolution, colors: Palette): string {
  const lines = [
    `Host: ${resolution.host ?? "(none)"}`,
    `Authenticated with: ${resolution.authType ?? "(no auth type selected)"}`,
    `Read as: the ${dialectName(resolution.dialect)}`,
    "-----",
  ];
  const names = Object.keys(resolution.attributes);
  for (const line of describe(resolution).split("\n")) {
    const name = names.find((n) => line.startsWith(`${n}: `));
    if (name !== undefined) {
      const authTypes = findAttribute(name)?.authTypes;
      const unused = resolution.authType !== undefined && authTypes !== undefined && !authTypes.includes(resolution.authType);
      lines.push(unused ? `  ${colors.dim("~")} ${line}, not used for auth type ${resolution.authType}` : `  ${colors.green("✓")} ${line}`);
    } else if (line.startsWith("dialect: ") || line.startsWith("auth type: ")) {
      continue;
    } else if (line.startsWith("not read: ") || line.startsWith("warning: ")) {
      lines.push(`  ${colors.yellow("!")} ${line}`);
    } else {
      lines.push(`  ${line}`);
    }
  }
  return lines.join("\n");
}
