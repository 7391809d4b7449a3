import { findAttribute, KNOWN_CONFIG_KEYS, ATTRIBUTES } from "./attributes.js";
import { analyzeHost, checkHost, isAccountHost, type HostFinding } from "./analyze-host.js";
import { checkToken, type TokenFinding } from "./analyze-token.js";
import type { DiagnosticCode } from "./diagnostic-topics.js";
import type { ConfigLine, EntryLine } from "./config-line.js";
import { DEFAULT_PROFILE_KEY, SETTINGS_SECTION } from "./constants.js";
import { diagnostic, type Diagnostic } from "./diagnostic.js";
import { suggestKey } from "./did-you-mean.js";
import { effectiveValue, withoutInlineComment } from "./effective-value.js";
import { isFalseForGoOnly, VALUE_RULES } from "./value-rules.js";
import { valueTypeOf } from "./value-type.js";

/** The date Databricks ended basic (username/password) authentication for workspaces. */
export const BASIC_AUTH_END_OF_LIFE = "2024-07-10";

const keyOwner = new Map<string, { go?: string; python?: string; js?: string }>(
  ATTRIBUTES.flatMap((a) => [a.keys.go, a.keys.python, a.keys.js].filter((k): k is string => !!k).map((k) => [k, a.keys] as const)),
);

/**
 * What the values mean: unknown keys (with a "did you mean"), key case that hides an attribute
 * from Go, keys only one SDK reads, empty values, value types (the zod schema), host and token
 * shape, a PAT on an account host, basic auth, and `[__settings__]`.
 */
export function findSemanticDiagnostics(lines: readonly ConfigLine[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  const sections = new Map<string, EntryLine[]>();
  const sectionNames = new Set<string>();
  for (const line of lines) {
    if (line.kind === "section") sectionNames.add(line.name);
    if (line.kind !== "entry" || line.section === null) continue;
    let entries = sections.get(line.section);
    if (!entries) sections.set(line.section, (entries = []));
    entries.push(line);
  }
  for (const [section, entries] of sections) {
    if (section === SETTINGS_SECTION) checkSettings(entries, sectionNames, found);
    else checkProfile(entries, found);
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

function checkProfile(entries: readonly EntryLine[], found: Diagnostic[]): void {
  const latest = new Map<string, EntryLine>();
  for (const line of entries) {
    latest.set(line.key.toLowerCase(), line);
    checkKey(line, found);
    checkValue(line, found);
  }
  const token = latest.get("token");
  const host = latest.get("host");
  if (token && host && effectiveValue(token) !== "" && isAccountHost(effectiveValue(host))) {
    found.push(
      at(
        token,
        "token-on-account-host",
        "warning",
        `Profile [${token.section}] pairs a token with an account console host. Personal access tokens authenticate workspace APIs only; account-level APIs need OAuth (e.g. client_id/client_secret of a service principal, or \`databricks auth login\`).`,
        token.valueStart,
      ),
    );
  }
  const basic = latest.get("password") ?? latest.get("username");
  if (basic) {
    found.push(
      at(
        basic,
        "basic-auth-eol",
        "warning",
        `Profile [${basic.section}] uses username/password (basic) authentication, which Databricks ended on ${BASIC_AUTH_END_OF_LIFE} for workspaces. Use a personal access token (token = …) or OAuth instead, and remove username and password.`,
        basic.keyStart,
      ),
    );
  }
}

function checkKey(line: EntryLine, found: Diagnostic[]): void {
  const lower = line.key.toLowerCase();
  if (!KNOWN_CONFIG_KEYS.has(lower)) {
    const suggestion = suggestKey(line.key);
    found.push(
      at(
        line,
        "unknown-key",
        "warning",
        `No SDK reads the key "${line.key}" in [${line.section}]${suggestion ? `. Did you mean "${suggestion}"?` : "; it is ignored (Python even sets it as an attribute). Remove it or check its spelling."}`,
        line.keyStart,
      ),
    );
    return;
  }
  if (lower !== line.key) {
    found.push(
      at(
        line,
        "key-case",
        "warning",
        `"${line.key}" hides the attribute "${lower}": Go and JS compare keys case-sensitively and ignore it, Python lower-cases it and uses it. Write "${lower}".`,
        line.keyStart,
      ),
    );
  }
  const keys = keyOwner.get(lower);
  if (keys?.js === lower) {
    found.push(at(line, "sdk-specific-key", "info", `Only the JS SDK reads "${lower}"; the Go and Python SDKs (the CLI, Terraform) ignore it.`, line.keyStart));
  } else if (keys && keys.go !== keys.python) {
    const other = keys.go === lower ? keys.python : keys.go;
    const reader = keys.go === lower ? "Go" : "Python";
    found.push(
      at(
        line,
        "sdk-specific-key",
        "info",
        `Only the ${reader} SDK reads "${lower}"${other ? `; the ${reader === "Go" ? "Python" : "Go"} SDK reads the same attribute from "${other}"` : ""}.`,
        line.keyStart,
      ),
    );
  }
}

function checkValue(line: EntryLine, found: Diagnostic[]): void {
  const key = line.key.toLowerCase();
  const value = effectiveValue(line);
  const attribute = findAttribute(key) ?? ATTRIBUTES.find((a) => a.keys.python === key);
  if (value === "") {
    if (attribute) {
      const why = attribute.authGroup
        ? " Go ignores it, but Python stores the empty string, which still counts as a configured authentication method in its checks."
        : " Go ignores it; Python sets it to the empty string.";
      found.push(
        at(line, "empty-value", "warning", `"${line.key}" in [${line.section}] is empty.${why} Set a value or remove the line.`, line.delimiterIndex + 1),
      );
    }
    return;
  }
  const type = valueTypeOf(key);
  const rule = type ? VALUE_RULES[type] : undefined;
  if (rule && !rule.accepts(value)) {
    const shown = attribute?.sensitive ? "The value" : `"${value}"`;
    found.push(at(line, "invalid-value", "error", `${shown} of "${line.key}" in [${line.section}] ${rule.message}.`, line.valueStart));
  } else if (attribute?.type === "bool" && isFalseForGoOnly(value)) {
    found.push(
      at(
        line,
        "python-bool-truthy",
        "warning",
        `"${line.key} = ${value}" is false for Go, but Python converts any non-empty text to True. Remove the line instead of setting it to false.`,
        line.valueStart,
      ),
    );
  }
  if (key === "host") {
    const fix = analyzeHost(value).fix;
    const instead = fix ? ` Write host = ${fix.host}${fix.workspaceId ? ` and workspace_id = ${fix.workspaceId}` : ""}.` : "";
    pushFindings(line, checkHost(value), found, instead);
  }
  if (key === "token") pushFindings(line, checkToken(withoutInlineComment(line.value)), found);
}

function checkSettings(entries: readonly EntryLine[], sectionNames: ReadonlySet<string>, found: Diagnostic[]): void {
  for (const line of entries) {
    if (line.key.toLowerCase() !== DEFAULT_PROFILE_KEY) {
      found.push(
        at(
          line,
          "reserved-section-key",
          "warning",
          `[${SETTINGS_SECTION}] is reserved for file-wide settings and is never read as a profile, so "${line.key}" here has no effect. Move it into a profile; only "${DEFAULT_PROFILE_KEY}" belongs here.`,
          line.keyStart,
        ),
      );
      continue;
    }
    const target = effectiveValue(line).trim();
    if (target === "") {
      found.push(at(line, "default-profile-empty", "info", `"${DEFAULT_PROFILE_KEY}" is empty, so the SDKs fall back to [DEFAULT].`, line.delimiterIndex + 1));
    } else if (target === SETTINGS_SECTION) {
      found.push(
        at(
          line,
          "default-profile-reserved",
          "error",
          `"${DEFAULT_PROFILE_KEY}" names [${SETTINGS_SECTION}] itself; every SDK fails with "__settings__ is a reserved section name and cannot be used as a profile". Name a real profile.`,
          line.valueStart,
        ),
      );
    } else if (!sectionNames.has(target)) {
      found.push(
        at(
          line,
          "default-profile-missing",
          "error",
          `"${DEFAULT_PROFILE_KEY}" names [${target}], but the file has no such profile; the SDKs fail with "has no ${target} profile configured". Add the profile or point "${DEFAULT_PROFILE_KEY}" at an existing one.`,
          line.valueStart,
        ),
      );
    }
  }
}

function pushFindings(line: EntryLine, findings: readonly (HostFinding | TokenFinding)[], found: Diagnostic[], instead = ""): void {
  for (const f of findings) {
    found.push(
      at(
        line,
        f.code,
        f.severity,
        `"${line.key}" in [${line.section}]: ${f.message}.${f.code.startsWith("host-") && f.severity !== "info" ? instead : ""}`,
        line.valueStart,
      ),
    );
  }
}

function at(line: EntryLine, code: DiagnosticCode, severity: Diagnostic["severity"], message: string, offset: number): Diagnostic {
  return diagnostic(code, severity, message, line.number, offset + 1, { profile: line.section, key: line.key });
}
