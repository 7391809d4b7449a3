import type { DoctorInput } from "../input/doctor-input.js";
import type { DoctorReport } from "../engine/report-schema.js";

/** What stands in for the home folder: absolute, so SARIF file URIs stay valid and no working directory leaks in. */
export const ANONYMOUS_HOME = "/home/user";

const HOST_KEYS = ["host"];
const ID_KEYS = ["workspace_id", "account_id", "azure_workspace_resource_id"];
const USER_KEYS = ["username", "client_id", "azure_client_id", "google_service_account"];
const USER_ENV = ["USER", "LOGNAME", "USERNAME"];

type Kind = "host" | "ip" | "user" | "id";

/**
 * Replaces whatever identifies a person or a workspace with stable placeholders: the home folder
 * (→ `/home/user`), hosts (→ `workspace-1.example.invalid`), IP addresses (→ `192.0.2.1`, the
 * documentation range), e-mail addresses and user names (→ `user-1@example.invalid`, `user-1`),
 * UUIDs and workspace/account ids (→ `workspace-id-1`). The same value always gets the same
 * placeholder within a report, so findings still line up. Known values come from the config file
 * and the environment; patterns catch the rest (URLs, addresses, ids in server messages).
 */
export class Anonymizer {
  readonly #placeholders = new Map<string, string>();
  readonly #issued = new Set<string>();
  readonly #counters: Record<Kind, number> = { host: 0, ip: 0, user: 0, id: 0 };
  readonly #known: { value: string; kind: Kind }[] = [];
  readonly #home: string;

  constructor(input: Pick<DoctorInput, "profiles" | "env">, homeDir: string) {
    this.#home = homeDir.replace(/\/+$/, "");
    const remember = (value: string | undefined, kind: Kind) => {
      const text = value?.trim();
      if (text && text.length >= 3) this.#known.push({ value: text, kind });
    };
    const hostOf = (raw: string | undefined) => {
      if (!raw) return;
      try {
        const hostname = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`).hostname.replace(/^\[|\]$/g, "");
        remember(hostname, /^(?:\d{1,3}\.){3}\d{1,3}$/.test(hostname) ? "ip" : "host");
      } catch {
        remember(raw, "host");
      }
    };
    for (const keys of input.profiles.values()) {
      for (const key of HOST_KEYS) hostOf(keys.get(key)?.value);
      for (const key of ID_KEYS) remember(keys.get(key)?.value, "id");
      for (const key of USER_KEYS) remember(keys.get(key)?.value, "user");
    }
    hostOf(input.env.DATABRICKS_HOST);
    for (const name of ["DATABRICKS_ACCOUNT_ID", "DATABRICKS_WORKSPACE_ID", "ARM_CLIENT_ID", "DATABRICKS_CLIENT_ID", "DATABRICKS_USERNAME"])
      remember(input.env[name], name.endsWith("_ID") && !name.includes("CLIENT") ? "id" : "user");
    for (const name of USER_ENV) remember(input.env[name], "user");
    this.#known.sort((a, b) => b.value.length - a.value.length);
  }

  /** One string with every identifying part replaced. */
  text(value: string): string {
    let out = this.#home.length > 1 ? value.split(this.#home).join(ANONYMOUS_HOME) : value;
    for (const { value: known, kind } of this.#known) {
      if (out.includes(known)) out = out.split(known).join(this.#placeholder(kind, known));
    }
    return out
      .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, (m) => this.#placeholder("id", m.toLowerCase()))
      .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, (m) => this.#placeholder("user", m))
      .replace(/\b(?:\d{1,3}\.){3}\d{1,3}\b/g, (m) => this.#placeholder("ip", m))
      .replace(/(\b[a-z][a-z0-9+.-]*:\/\/)([^\s/"'?#:@[\]]+)/gi, (_m, scheme: string, host: string) => scheme + this.#placeholder("host", host))
      .replace(
        /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cloud\.databricks\.com|azuredatabricks\.net|gcp\.databricks\.com|databricks\.azure\.cn|databricks\.azure\.us|cloud\.databricks\.us|cloud\.databricks\.mil)\b/gi,
        (m) => this.#placeholder("host", m),
      )
      .replace(/(\bworkspace(?:_id| id)?:?\s*=?\s*|[?&]o=|\badb-)(\d{6,19})\b/gi, (_m, prefix: string, id: string) => prefix + this.#placeholder("id", id));
  }

  /** The whole report, every string anonymised (ids, statuses and numbers untouched). */
  report(report: DoctorReport): DoctorReport {
    return this.#deep(report) as DoctorReport;
  }

  #deep(value: unknown): unknown {
    if (typeof value === "string") return this.text(value);
    if (Array.isArray(value)) return value.map((entry) => this.#deep(entry));
    if (value !== null && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, key === "id" || key === "status" ? entry : this.#deep(entry)]));
    return value;
  }

  #placeholder(kind: Kind, value: string): string {
    if (this.#issued.has(value)) return value;
    let placeholder = this.#placeholders.get(value);
    if (placeholder === undefined) {
      const n = ++this.#counters[kind];
      placeholder =
        kind === "host"
          ? `workspace-${n}.example.invalid`
          : kind === "ip"
            ? `192.0.2.${n}`
            : kind === "user"
              ? value.includes("@")
                ? `user-${n}@example.invalid`
                : `user-${n}`
              : `workspace-id-${n}`;
      this.#placeholders.set(value, placeholder);
      this.#issued.add(placeholder);
    }
    return placeholder;
  }
}
