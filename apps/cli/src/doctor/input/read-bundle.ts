import { readFile, readdir, stat } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";

/**
 * Root configuration file names, in the order the Databricks CLI tries them
 * (databricks/cli `bundle/config/filename.go`, `FileNames`); two in one folder is an error there.
 */
export const BUNDLE_FILE_NAMES = ["databricks.yml", "databricks.yaml", "bundle.yml", "bundle.yaml"] as const;
/** Overrides the bundle root (databricks/cli `bundle/env/root.go`; `BUNDLE_ROOT` is the legacy name). */
export const BUNDLE_ROOT_ENV = ["DATABRICKS_BUNDLE_ROOT", "BUNDLE_ROOT"] as const;

/** `workspace.host` / `workspace.profile` as one file sets them, and where. */
export interface BundleWorkspace {
  host?: string;
  profile?: string;
}

/** One target, merged over every file that defines it. */
export interface BundleTarget {
  name: string;
  default: boolean;
  workspace: BundleWorkspace;
  /** The files that define it (root file first). */
  files: string[];
}

/** What the doctor needs from a bundle: the root file, the top-level workspace, the targets. */
export interface BundleConfig {
  rootFile: string;
  workspace: BundleWorkspace;
  targets: Map<string, BundleTarget>;
  /** Files pulled in through `include`, relative to the bundle root. */
  included: string[];
}

/** A bundle file that could not be used, with the file (and line when known). */
export class BundleReadError extends Error {
  readonly code = "BUNDLE_UNREADABLE";
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = "BundleReadError";
  }
}

/** The bundle root file for `cwd`: the root env override, else the nearest folder at or above `cwd` with a root file. */
export async function findBundleRoot(cwd: string, env: Readonly<Record<string, string | undefined>>): Promise<string | undefined> {
  const override = BUNDLE_ROOT_ENV.map((name) => env[name]).find((value) => value !== undefined && value !== "");
  for (let dir = override ?? cwd; ; dir = dirname(dir)) {
    const found: string[] = [];
    for (const name of BUNDLE_FILE_NAMES) if (await isFile(join(dir, name))) found.push(join(dir, name));
    if (found.length > 1)
      throw new BundleReadError(`multiple bundle root configuration files found in ${dir}: ${found.map((f) => relative(dir, f)).join(", ")}`, found[0]!);
    if (found.length === 1) return found[0];
    if (override !== undefined || dirname(dir) === dir) return undefined;
  }
}

/** Reads the root file and every file its `include` globs match, merging targets by name. */
export async function readBundle(rootFile: string): Promise<BundleConfig> {
  // yaml is CommonJS: in the ES module bundle its import() offers only `default` (its exports).
  const { parseDocument } = (await import("yaml")).default;
  const root = dirname(rootFile);
  const load = async (file: string): Promise<Record<string, unknown>> => {
    const text = await readFile(file, "utf8");
    const doc = parseDocument(text, { prettyErrors: false });
    const [error] = doc.errors;
    if (error) throw new BundleReadError(`${relative(root, file) || file}: ${error.message.split("\n")[0]}`, file, error.linePos?.[0].line);
    const value: unknown = doc.toJS() ?? {};
    if (typeof value !== "object" || Array.isArray(value))
      throw new BundleReadError(`${relative(root, file)}: the file must be a mapping (bundle:, workspace:, targets:)`, file, 1);
    return value as Record<string, unknown>;
  };
  const top = await load(rootFile);
  const bundle: BundleConfig = { rootFile, workspace: workspaceOf(top.workspace, rootFile, "workspace"), targets: new Map(), included: [] };
  addTargets(bundle, top.targets, rootFile);
  const patterns = top.include ?? [];
  if (!Array.isArray(patterns) || patterns.some((p) => typeof p !== "string"))
    throw new BundleReadError(`${relative(root, rootFile)}: include must be a list of file patterns`, rootFile);
  const files = await listFiles(root);
  for (const pattern of patterns as string[]) {
    const matcher = globToRegExp(pattern);
    for (const file of files.filter((f) => matcher.test(f) && !bundle.included.includes(f))) {
      bundle.included.push(file);
      const included = await load(join(root, file));
      addTargets(bundle, included.targets, join(root, file));
      const workspace = workspaceOf(included.workspace, join(root, file), "workspace");
      bundle.workspace = { ...bundle.workspace, ...workspace };
    }
  }
  return bundle;
}

function addTargets(bundle: BundleConfig, raw: unknown, file: string): void {
  if (raw === undefined || raw === null) return;
  if (typeof raw !== "object" || Array.isArray(raw)) throw new BundleReadError(`${file}: targets must be a mapping of target names`, file);
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    const body = (value ?? {}) as Record<string, unknown>;
    if (typeof body !== "object" || Array.isArray(body)) throw new BundleReadError(`${file}: targets.${name} must be a mapping`, file);
    const existing = bundle.targets.get(name) ?? { name, default: false, workspace: {}, files: [] };
    bundle.targets.set(name, {
      name,
      default: existing.default || body.default === true,
      workspace: { ...existing.workspace, ...workspaceOf(body.workspace, file, `targets.${name}.workspace`) },
      files: [...existing.files, file],
    });
  }
}

function workspaceOf(raw: unknown, file: string, where: string): BundleWorkspace {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== "object" || Array.isArray(raw)) throw new BundleReadError(`${file}: ${where} must be a mapping`, file);
  const { host, profile } = raw as Record<string, unknown>;
  const text = (value: unknown, key: string): string | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "string") throw new BundleReadError(`${file}: ${where}.${key} must be a string`, file);
    return value.trim() === "" ? undefined : value.trim();
  };
  const h = text(host, "host");
  const p = text(profile, "profile");
  return { ...(h !== undefined ? { host: h } : {}), ...(p !== undefined ? { profile: p } : {}) };
}

/** Bundle-relative paths (with `/`) of the files under `root`, skipping dot folders and node_modules; bounded. */
async function listFiles(root: string, limit = 5000): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (out.length >= limit) return;
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/\.ya?ml$/i.test(entry.name)) out.push(relative(root, path).split(sep).join("/"));
    }
  };
  await walk(root);
  return out.sort();
}

/** `*` (within a folder), `**` (across folders) and `?`, as bundle `include` patterns use them. */
export function globToRegExp(pattern: string): RegExp {
  let source = "";
  const text = pattern.replace(/^\.\//, "");
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === "*" && text[i + 1] === "*") {
      source += text[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += text[i + 2] === "/" ? 2 : 1;
    } else if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
