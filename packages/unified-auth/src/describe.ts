import { redactSecrets } from "@dbcfg/pat";
import type { AttributeSource, AttributeValue, Resolution, ShadowedValue } from "./types.js";

export interface DescribeOptions {
  /** Paths under this folder are shown as `~/…`. */
  homeDir?: string;
}

type Shorten = (path: string) => string;

function tildeFor(homeDir: string | undefined): Shorten {
  const home = homeDir?.replace(/\/+$/, "");
  if (!home) return (path) => path;
  return (path) => (path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path);
}

function where(source: AttributeSource, short: Shorten): string {
  switch (source.kind) {
    case "explicit":
      return "explicit argument";
    case "env":
      return source.name;
    case "profile":
      return `[${source.profile}] at ${short(source.file)}:${source.line}`;
    case "derived":
      return source.from === "host-query" ? "the host URL's query" : "host metadata";
  }
}

function hidden(s: ShadowedValue, short: Shorten): string {
  return s.source.kind === "profile"
    ? `[${s.source.profile}] ${s.name} at ${short(s.source.file)}:${s.source.line}`
    : `${s.name} from ${where(s.source, short)}`;
}

function show(value: AttributeValue): string {
  return Array.isArray(value) ? value.join(",") : String(value);
}

/**
 * Human-readable lines: every attribute with its value (secrets redacted) and where it came from,
 * what it hides, and what the config file would have supplied had the SDK read it, e.g.
 * `host: https://adb-1.2.azuredatabricks.net (from DATABRICKS_HOST; hides [prod] host at ~/.databrickscfg:3)`.
 */
export function describe(resolution: Resolution, options: DescribeOptions = {}): string {
  const short = tildeFor(options.homeDir);
  const lines: string[] = [`dialect: ${resolution.dialect}`];
  if (resolution.authType) lines.push(`auth type: ${resolution.authType}`);
  const profile = resolution.profile ? `, profile ${resolution.profile}` : "";
  lines.push(`config file: ${short(resolution.configFile)} (${resolution.configFileStatus}${profile})`);
  if (resolution.cloud) lines.push(`cloud: ${resolution.cloud}${resolution.isAccount ? " (account)" : ""}`);
  for (const [name, attribute] of Object.entries(resolution.attributes)) {
    const hides = resolution.shadowed.filter((s) => s.name === name && !s.fileNotRead).map((s) => hidden(s, short));
    const note = [`from ${where(attribute.source, short)}`, ...(hides.length > 0 ? [`hides ${hides.join(", ")}`] : [])].join("; ");
    lines.push(`${name}: ${show(attribute.value)} (${note})`);
  }
  for (const s of resolution.shadowed.filter((entry) => entry.fileNotRead)) {
    lines.push(`not read: ${hidden(s, short)} = ${show(s.value)} (the file was skipped because of ${where(s.hiddenBy, short)})`);
  }
  for (const warning of resolution.warnings) lines.push(`warning: ${warning}`);
  return redactSecrets(lines.join("\n"));
}
