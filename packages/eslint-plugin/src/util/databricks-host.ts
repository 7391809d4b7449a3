/**
 * DNS suffixes of Databricks workspaces and account consoles on every cloud (AWS, AWS GovCloud,
 * Azure public, US Government and China, GCP), from databricks-sdk-go@1ff3c785 `config/environments.go`.
 */
export const DATABRICKS_HOST_SUFFIXES = [
  ".cloud.databricks.com",
  ".cloud.databricks.us",
  ".gcp.databricks.com",
  ".azuredatabricks.net",
  ".databricks.azure.us",
  ".databricks.azure.cn",
] as const;

/** True for a Databricks workspace or account host name (any port and case). */
export function isDatabricksHost(host: string): boolean {
  const name = host.toLowerCase().replace(/:\d*$/, "").replace(/\.$/, "");
  return DATABRICKS_HOST_SUFFIXES.some((suffix) => name.endsWith(suffix) && name.length > suffix.length);
}

const HOST_IN_TEXT = /[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cloud\.databricks\.(?:com|us)|gcp\.databricks\.com|azuredatabricks\.net|databricks\.azure\.(?:us|cn))\b/i;

/** True when `text` names a Databricks host anywhere (a URL, a bare host name, a config value). */
export function mentionsDatabricksHost(text: string): boolean {
  return text.includes("databricks") && HOST_IN_TEXT.test(text);
}
