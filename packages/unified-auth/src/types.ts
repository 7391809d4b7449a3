import type { Dialect } from "@dbcfg/config-file";

export type { Dialect };

/** Where a resolved value came from. */
export type AttributeSource =
  | { kind: "explicit" }
  | { kind: "env"; name: string }
  /** `line` is the 1-based line of the key in `file` (for a profile chosen without a key of its own, the line of its first key). */
  | { kind: "profile"; profile: string; file: string; line: number }
  /** Filled in by the SDK itself: from the host URL's query (`?o=`, `?a=`) or the host metadata document. */
  | { kind: "derived"; from: "host-query" | "host-metadata" };

/** A value as the SDK holds it. Sensitive values are shown redacted (see `secretValue`). */
export type AttributeValue = string | boolean | number | readonly string[];

export interface ResolvedAttribute {
  value: AttributeValue;
  source: AttributeSource;
  /** The value is a secret: `value` holds its redacted form. */
  sensitive?: true;
}

/** A value that a higher source hid (e.g. the profile's `host` hidden by `DATABRICKS_HOST`). */
export interface ShadowedValue {
  name: string;
  value: AttributeValue;
  source: AttributeSource;
  /** The source whose value won — or, with `fileNotRead`, the value that made the SDK skip the file. */
  hiddenBy: AttributeSource;
  /** The config file was not read at all (no profile named, and auth/host already set); this is what it holds. */
  fileNotRead?: true;
  sensitive?: true;
}

export type HostType = "WORKSPACE_HOST" | "ACCOUNT_HOST" | "UNIFIED_HOST";
export type Cloud = "aws" | "azure" | "gcp";

/** What happened to `.databrickscfg` during resolution. */
export type ConfigFileStatus =
  /** A profile was read. */
  | "read"
  /** The file was read but no profile applied (implicit DEFAULT missing or empty). */
  | "no-profile"
  /** Not read: auth attributes, a host or a resource id were already set and no profile was named. */
  | "skipped"
  /** The file does not exist. */
  | "missing";

export interface Resolution {
  dialect: Dialect;
  /** The normalised host, as the SDK sends requests to it. */
  host?: string;
  /** The chosen auth type; absent when auth selection was not requested. */
  authType?: string;
  cloud?: Cloud;
  isAzure: boolean;
  isAws: boolean;
  isGcp: boolean;
  isAccount: boolean;
  hostType: HostType;
  /** Go only: the host type the host metadata reported ("" when it reported none or an unknown one). */
  resolvedHostType?: HostType | "";
  accountId?: string;
  workspaceId?: string;
  /** The effective OAuth scopes (`["all-apis"]` when none are set). */
  scopes: string[];
  /** The profile whose values were read, if any. */
  profile?: string;
  /** The config file path exactly as the SDK builds it (Go/Python: `HOME + "/.databrickscfg"`; js: absolute). */
  configFile: string;
  configFileStatus: ConfigFileStatus;
  attributes: Record<string, ResolvedAttribute>;
  shadowed: ShadowedValue[];
  /** Things the SDK would only log (e.g. a failed host-metadata fetch). */
  warnings: string[];
}

export type AzureCliResult = { ok: true } | { ok: false; notInstalled?: boolean; message?: string };
export type ProbeResult = { ok: true } | { ok: false; message?: string };
export interface HostMetadataResponse {
  status: number;
  body: unknown;
}

/**
 * Side effects the resolution may need, injected so that `resolveConfig` stays offline by default.
 * An absent probe behaves as if the thing were unavailable (az not installed, fetch failed).
 */
export interface Probes {
  /** Is `az` installed and logged in (`az account get-access-token` succeeds)? */
  azureCli?: (ctx: ProbeContext) => Promise<AzureCliResult>;
  /** Does `databricks auth token` succeed for this host/profile? */
  databricksCli?: (ctx: ProbeContext) => Promise<ProbeResult>;
  /** Does the local metadata service at `metadata_service_url` answer with a token? */
  metadataService?: (ctx: ProbeContext) => Promise<ProbeResult>;
  /** Does an OAuth/OIDC/cloud token exchange for this strategy succeed (oauth-m2m, *-oidc, azure-msi, azure-client-secret, google-*)? */
  tokenExchange?: (ctx: ProbeContext & { authType: string }) => Promise<ProbeResult>;
  /** GET `<host>/.well-known/databricks-config` (Go and Python only). */
  hostMetadata?: (host: string) => Promise<HostMetadataResponse>;
}

export interface ProbeContext {
  host?: string;
  profile?: string;
  env: Readonly<Record<string, string | undefined>>;
}

export type ExplicitValue = string | boolean | number | readonly string[] | null | undefined;

export interface ResolveOptions {
  /** Constructor arguments, keyed by `.databrickscfg` attribute names (Go or Python spelling). */
  explicit?: Readonly<Record<string, ExplicitValue>>;
  /** Environment variables; default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** What `~` expands to; default `env.HOME` (or `USERPROFILE`), else `os.homedir()`. */
  homeDir?: string;
  /** Directory that relative paths are read from; default `process.cwd()`. */
  cwd?: string;
  /** Default `"go"`: the Databricks CLI, Terraform and the Go SDK. */
  dialect?: Dialect;
  /** Select the auth type (default true). `false` stops after loading, validation and host metadata. */
  selectAuth?: boolean;
  probes?: Probes;
}
