import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { redactSecrets } from "@dbcfg/pat";
import { canonicalHost } from "../../doctor/input/bundle-workspace.js";
import type { CheckOutcome, GlobalCheck } from "../../doctor/engine/types.js";

/** Hosts that are Databricks workspaces or account consoles, by DNS zone. */
const DATABRICKS_DOMAIN = /\.(?:cloud\.databricks\.(?:com|us|mil)|azuredatabricks\.net|gcp\.databricks\.com|databricks\.azure\.(?:cn|us))$/i;

/** One `machine` entry of a netrc file (https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html). */
interface NetrcEntry {
  machine: string;
  login?: string;
  password?: string;
  line: number;
}

/**
 * `~/.netrc` (or NETRC) holding credentials for a Databricks host: curl `--netrc`, git over HTTPS
 * and Python `requests` (when no auth is given) send them, so a password or PAT there is a
 * plain-text copy that outlives rotation in `.databrickscfg`, and a readable file leaks it.
 */
export const netrcCredentials: GlobalCheck = {
  id: "netrc-credentials",
  title: "No Databricks credentials in ~/.netrc",
  group: "environment",
  help: "Reads ~/.netrc (or $NETRC) for machine entries naming a Databricks host (a profile's host or a *.cloud.databricks.com / *.azuredatabricks.net / *.gcp.databricks.com name). curl --netrc, git and Python requests send those credentials; they are a second, plain-text copy of a token or password that dbcfg token rotate does not update.",
  requires: [],
  online: false,
  scope: "global",
  async run({ input, cli }) {
    const path = input.env.NETRC || join(cli.homeDir, ".netrc");
    let text: string;
    let mode: number;
    try {
      [text, mode] = await Promise.all([readFile(path, "utf8"), stat(path).then((s) => s.mode & 0o777)]);
    } catch {
      return [{ status: "pass", message: `No ${path}.` }];
    }
    const profileHosts = new Set(
      [...input.profiles.values()]
        .map((keys) => keys.get("host")?.value)
        .filter((h): h is string => Boolean(h))
        .map(canonicalHost),
    );
    const databricks = parseNetrc(text).filter((entry) => DATABRICKS_DOMAIN.test(entry.machine) || profileHosts.has(canonicalHost(entry.machine)));
    if (databricks.length === 0) return [{ status: "pass", message: `${path} holds no credentials for a Databricks host.` }];
    const readable = (mode & 0o077) !== 0;
    return databricks.map((entry): CheckOutcome => {
      const secret = entry.password ? ` (password ${redactSecrets(entry.password) === entry.password ? "set" : redactSecrets(entry.password)})` : "";
      return {
        status: readable ? "fail" : "warn",
        message: `${path} line ${entry.line} holds credentials for ${entry.machine}${entry.login ? ` (login ${entry.login})` : ""}${secret}: curl --netrc, git and Python requests send them, and rotating the profile's token does not update them${readable ? `; the file is readable by others (mode ${mode.toString(8).padStart(3, "0")})` : ""}.`,
        fix: readable
          ? `chmod 600 ${path}, and remove the machine ${entry.machine} entry unless a tool needs it.`
          : `Remove the machine ${entry.machine} entry from ${path} unless a tool needs it; keep the token in .databrickscfg only.`,
      };
    });
  },
};

/** Parses netrc tokens (`machine`, `default`, `login`, `password`, `account`, `macdef … blank line`). */
export function parseNetrc(text: string): NetrcEntry[] {
  const entries: NetrcEntry[] = [];
  const lines = text.split(/\r?\n/);
  let current: NetrcEntry | undefined;
  let inMacro = false;
  const words: { word: string; line: number }[] = [];
  lines.forEach((line, index) => {
    if (inMacro) {
      if (line.trim() === "") inMacro = false;
      return;
    }
    const tokens = line.replace(/#.*$/, "").trim().split(/\s+/).filter(Boolean);
    for (let i = 0; i < tokens.length; i++) {
      words.push({ word: tokens[i]!, line: index + 1 });
      if (tokens[i] === "macdef") {
        inMacro = true;
        if (tokens[i + 1]) words.push({ word: tokens[i + 1]!, line: index + 1 });
        break;
      }
    }
  });
  for (let i = 0; i < words.length; i++) {
    const { word, line } = words[i]!;
    const next = words[i + 1]?.word;
    if (word === "machine" && next !== undefined) {
      current = { machine: next, line };
      entries.push(current);
      i++;
    } else if (word === "default") current = undefined;
    else if ((word === "login" || word === "password" || word === "account") && next !== undefined) {
      if (current && word !== "account") current[word] = next;
      i++;
    } else if (word === "macdef") {
      current = undefined;
      i++;
    }
  }
  return entries;
}
