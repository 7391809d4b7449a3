import { ATTRIBUTES, PYTHON_ATTRIBUTE_ORDER, findAttribute, type AttributeSpec, type AttributeType, type AuthGroup } from "@dbcfg/config-file";
import type { Dialect } from "./types.js";

/** An attribute as one SDK sees it: its key, env vars, type and place in the debug string. */
export interface DialectAttribute {
  /** Canonical name (`AttributeSpec.name`), the key of `Resolution.attributes`. */
  readonly name: string;
  /** The `.databrickscfg` key and debug-string name in this SDK. */
  readonly key: string;
  readonly env: readonly string[];
  readonly type: AttributeType;
  readonly authGroup?: AuthGroup;
  readonly sensitive: boolean;
  /** Left out of this SDK's debug string. */
  readonly internal: boolean;
}

/**
 * The attributes of `@databricks/sdk-experimental` 0.17.0 in its declaration order (`Config.js`
 * decorators), `experimental_is_unified_host` (JS-only) included.
 */
const JS_ATTRIBUTE_ORDER = [
  "host",
  "metadata_service_url",
  "account_id",
  "workspace_id",
  "experimental_is_unified_host",
  "token",
  "username",
  "password",
  "profile",
  "config_file",
  "google_service_account",
  "google_credentials",
  "azure_workspace_resource_id",
  "azure_use_msi",
  "azure_client_secret",
  "azure_client_id",
  "azure_tenant_id",
  "azure_environment",
  "azure_login_app_id",
  "client_id",
  "client_secret",
  "databricks_cli_path",
  "auth_type",
  "cluster_id",
  "serverless_compute_id",
  "warehouse_id",
  "skip_verify",
  "http_timeout_seconds",
  "retry_timeout_seconds",
] as const;

function spec(name: string): AttributeSpec {
  const found = findAttribute(name);
  if (!found) throw new Error(`attribute table has no ${name}`);
  return found;
}

function view(a: AttributeSpec, key: string, env: readonly string[], type: AttributeType, internal: boolean): DialectAttribute {
  return { name: a.name, key, env, type, ...(a.authGroup ? { authGroup: a.authGroup } : {}), sensitive: a.sensitive, internal };
}

const GO: readonly DialectAttribute[] = ATTRIBUTES.filter((a) => a.keys.go !== undefined).map((a) =>
  view(a, a.keys.go as string, a.env.slice(0, 1), a.type, a.internal),
);

// Python lists every attribute in its debug string and reads env aliases; it converts with its own types.
const PYTHON: readonly DialectAttribute[] = PYTHON_ATTRIBUTE_ORDER.map(spec).map((a) => view(a, a.keys.python ?? a.name, a.env, a.pythonType ?? a.type, false));

/** The JS SDK declares `metadataServiceUrl` with no `auth` group, so it takes no part in validation there. */
const JS_WITHOUT_AUTH_GROUP: ReadonlySet<string> = new Set(["metadata_service_url"]);

// The JS SDK stores env and file values as they are (no conversion) and prints every attribute.
const JS: readonly DialectAttribute[] = JS_ATTRIBUTE_ORDER.map(spec).map((a) => {
  const attr = view(a, a.name, a.env.slice(0, 1), "string", false);
  if (!JS_WITHOUT_AUTH_GROUP.has(a.name)) return attr;
  const { authGroup: _dropped, ...rest } = attr;
  return rest;
});

const BY_DIALECT: Record<Dialect, readonly DialectAttribute[]> = { go: GO, python: PYTHON, js: JS };
const BY_KEY: Record<Dialect, ReadonlyMap<string, DialectAttribute>> = {
  go: new Map(GO.map((a) => [a.key, a])),
  python: new Map(PYTHON.map((a) => [a.key, a])),
  js: new Map(JS.map((a) => [a.key, a])),
};

/** The attributes `dialect` knows, in its declaration order. */
export function dialectAttributes(dialect: Dialect): readonly DialectAttribute[] {
  return BY_DIALECT[dialect];
}

/** The attribute that `key` (a `.databrickscfg` key as this SDK spells it) names in `dialect`. */
export function attributeByKey(dialect: Dialect, key: string): DialectAttribute | undefined {
  return BY_KEY[dialect].get(key);
}

/** The attribute an explicit argument names: its key in this dialect, or its canonical / other-SDK name. */
export function attributeForArgument(dialect: Dialect, name: string): DialectAttribute | undefined {
  const direct = BY_KEY[dialect].get(name);
  if (direct) return direct;
  const canonical = findAttribute(name) ?? ATTRIBUTES.find((a) => a.keys.go === name || a.keys.python === name);
  return canonical ? BY_DIALECT[dialect].find((a) => a.name === canonical.name) : undefined;
}
