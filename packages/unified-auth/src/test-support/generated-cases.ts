// fast-check generators of unified-auth inputs (a `.databrickscfg`, env vars, constructor
// arguments) shared by the differential tests against the official SDKs.
import fc from "fast-check";

const hosts = [
  "https://adb-123.4.azuredatabricks.net/",
  "HTTPS://Dbc-AbC.cloud.databricks.com",
  "x",
  "abc.gcp.databricks.com:443",
  "http://localhost:8080/p?q=1",
  "accounts.cloud.databricks.com",
  "https://accounts.cloud.databricks.com",
  "https://:443",
  "httpx.example.com",
  "adb-1.2.databricks.azure.cn:8443",
  "",
];
const tokens = ["tok-1", "x", "", "true"];
const words = ["admin", "user@example.com", ""];
const authTypes = ["pat", "basic", "azure-cli", "databricks-cli", "nope", ""];
const profiles = ["DEFAULT", "prod", "dev", "pat.with.dot", "__settings__", "missing", "constructor", ""];
const resourceIds = ["/sub/rg/ws", ""];

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const attributeValues = {
  host: fc.constantFrom(...hosts),
  token: fc.constantFrom(...tokens),
  username: fc.constantFrom(...words),
  password: fc.constantFrom(...words),
  auth_type: fc.constantFrom(...authTypes),
  azure_workspace_resource_id: fc.constantFrom(...resourceIds),
  account_id: fc.constantFrom("acc-1", ""),
  cluster_id: fc.constantFrom("0123-abc"),
  experimental_is_unified_host: fc.constantFrom("true", "false"),
};
type Key = keyof typeof attributeValues;
const keys = Object.keys(attributeValues) as Key[];

export interface GeneratedSection {
  name: string;
  body: Record<string, string>;
  settings: boolean;
  extra: string;
}

const profileBody = fc.dictionary(
  fc.constantFrom(...keys, "HOST", "scopes"),
  fc.constantFrom(...hosts, ...tokens, ...words, ...authTypes, "'quoted'", "a # b", "false"),
  { maxKeys: 4 },
);
const section: fc.Arbitrary<GeneratedSection> = fc.record({
  name: fc.constantFrom("DEFAULT", "prod", "dev", "pat.with.dot", "__settings__", "empty"),
  body: profileBody,
  settings: fc.boolean(),
  extra: fc.constantFrom("", "; a comment", "flag", "list[] = 1", "  indented = yes"),
});
/** A config file's sections, or `null` for no file. */
export const fileArb: fc.Arbitrary<GeneratedSection[] | null> = fc.option(fc.array(section, { maxLength: 4 }), { nil: null });

/** The text of a generated config file. */
export function renderFile(sections: readonly GeneratedSection[]): string {
  return sections
    .map(({ name, body, settings, extra }) => {
      const lines = [`[${name}]`];
      if (settings) lines.push("default_profile = prod");
      if (extra) lines.push(extra);
      for (const [k, v] of Object.entries(body)) lines.push(v === "" ? `${k} =` : `${k} = ${v}`);
      return lines.join("\n");
    })
    .join("\n\n");
}

export const envArb: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    DATABRICKS_HOST: fc.constantFrom(...hosts),
    DATABRICKS_TOKEN: fc.constantFrom(...tokens),
    DATABRICKS_USERNAME: fc.constantFrom(...words),
    DATABRICKS_PASSWORD: fc.constantFrom(...words),
    DATABRICKS_CONFIG_PROFILE: fc.constantFrom(...profiles),
    DATABRICKS_AUTH_TYPE: fc.constantFrom(...authTypes),
    DATABRICKS_AZURE_RESOURCE_ID: fc.constantFrom(...resourceIds),
    DATABRICKS_CONFIG_FILE: fc.constantFrom("~/.databrickscfg", "~/nope.cfg", ""),
    DATABRICKS_ACCOUNT_ID: fc.constantFrom("acc-1", ""),
    DATABRICKS_CLUSTER_ID: fc.constantFrom("0123-abc"),
    DATABRICKS_CLI_PATH: fc.constantFrom("/nonexistent/databricks"),
    DATABRICKS_METADATA_SERVICE_URL: fc.constantFrom("https://metadata.example/token", "not a url"),
    ARM_CLIENT_ID: fc.constantFrom("client-1"),
    ARM_TENANT_ID: fc.constantFrom("tenant-1", ""),
    ARM_ENVIRONMENT: fc.constantFrom("usgovernment"),
    // JS-only (the Go and Python SDKs ignore it): listed in the JS SDK's error texts when set.
    DATABRICKS_EXPERIMENTAL_IS_UNIFIED_HOST: fc.constantFrom("true", "false", ""),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, string>>;

export const explicitArb: fc.Arbitrary<Record<string, string | undefined>> = fc.record(
  {
    host: maybe(fc.constantFrom(...hosts)),
    token: maybe(fc.constantFrom(...tokens)),
    username: maybe(fc.constantFrom(...words)),
    password: maybe(fc.constantFrom(...words)),
    profile: maybe(fc.constantFrom(...profiles)),
    auth_type: maybe(fc.constantFrom(...authTypes)),
    azure_workspace_resource_id: maybe(fc.constantFrom(...resourceIds)),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, string | undefined>>;
