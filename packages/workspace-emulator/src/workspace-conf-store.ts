import { ApiFailure } from "./api-failure.js";

/** Workspace-conf keys the emulator accepts besides any the seed adds (all unset unless seeded). */
export const KNOWN_WORKSPACE_CONF_KEYS: readonly string[] = [
  "enableTokensConfig",
  "maxTokenLifetimeDays",
  "enableIpAccessLists",
  "enableDeprecatedGlobalInitScripts",
  "enableResultsDownloading",
  "enableExportNotebook",
  "enableNotebookTableClipboard",
  "enableWebTerminal",
  "enableDbfsFileBrowser",
  "enableVerboseAuditLogs",
  "enforceUserIsolation",
  "enableWorkspaceFilesystem",
];

/** When `maxTokenLifetimeDays` is unset, new tokens may live at most this long (current docs). */
export const DEFAULT_MAX_TOKEN_LIFETIME_DAYS = 730;

const VALUE_RULES: Record<string, (value: string) => boolean> = {
  enableTokensConfig: (value) => /^(true|false)$/i.test(value),
  maxTokenLifetimeDays: (value) => /^\d+$/.test(value) && Number(value) <= DEFAULT_MAX_TOKEN_LIFETIME_DAYS,
};

/** The flat string map behind `/api/2.0/workspace-conf`. */
export class WorkspaceConfStore {
  readonly #values = new Map<string, string>();
  readonly #known: Set<string>;

  constructor(initial: Record<string, string>) {
    this.#known = new Set([...KNOWN_WORKSPACE_CONF_KEYS, ...Object.keys(initial)]);
    for (const [key, value] of Object.entries(initial)) this.#values.set(key, value);
  }

  /** Values of `keys`; a known key that was never set reads as `null`, as the real API answers. */
  get(keys: readonly string[]): Record<string, string | null> {
    this.#assertKnown(keys);
    return Object.fromEntries(keys.map((key) => [key, this.#values.get(key) ?? null]));
  }

  /** Stores the values exactly as sent (`"TRue"` round-trips), after checking keys and values. */
  set(values: Record<string, unknown>): void {
    this.#assertKnown(Object.keys(values));
    const rejected: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) {
      if (typeof value !== "string" || !(VALUE_RULES[key]?.(value) ?? true)) rejected[key] = value;
    }
    if (Object.keys(rejected).length > 0) {
      throw new ApiFailure(400, "INVALID_REQUEST", `Some values are not allowed: ${JSON.stringify(rejected)}`);
    }
    for (const [key, value] of Object.entries(values)) this.#values.set(key, value as string);
  }

  /** `enableTokensConfig` other than (case-insensitive) `"false"` leaves PATs enabled. */
  tokensEnabled(): boolean {
    return this.#values.get("enableTokensConfig")?.toLowerCase() !== "false";
  }

  /** Maximum lifetime of new tokens in days; `0` means no limit (the older documented meaning). */
  maxTokenLifetimeDays(): number {
    const raw = this.#values.get("maxTokenLifetimeDays");
    return raw === undefined || raw === "" || !/^\d+$/.test(raw) ? DEFAULT_MAX_TOKEN_LIFETIME_DAYS : Number(raw);
  }

  #assertKnown(keys: readonly string[]): void {
    const unknown = keys.filter((key) => !this.#known.has(key));
    if (unknown.length > 0) {
      throw new ApiFailure(400, "INVALID_REQUEST", `Invalid keys: ${JSON.stringify(unknown).replaceAll('","', '", "')}`);
    }
  }
}
