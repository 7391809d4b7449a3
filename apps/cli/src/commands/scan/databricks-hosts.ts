/**
 * Workspace domains of Databricks on AWS, Azure and GCP (https://docs.databricks.com/en/workspace/workspace-details.html,
 * https://learn.microsoft.com/en-us/azure/databricks/workspace/workspace-details). A host found in a
 * scanned file is a verification candidate only when it is one of these: a token is never sent
 * to anything else a file happens to mention.
 */
const WORKSPACE_DOMAINS = ["cloud.databricks.com", "azuredatabricks.net", "gcp.databricks.com"] as const;
const HOST_NAME = /(?<![A-Za-z0-9.-])(?:[A-Za-z0-9-]+\.)+(?:cloud\.databricks\.com|azuredatabricks\.net|gcp\.databricks\.com)(?![A-Za-z0-9-])/g;

/** Whether `hostname` (no scheme, no port) is a subdomain of a Databricks workspace domain. */
export function isDatabricksWorkspaceHost(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return WORKSPACE_DOMAINS.some((domain) => name.endsWith("." + domain) && name.length > domain.length + 1);
}

/** The Databricks workspace hosts `text` mentions, as `https://<name>` origins, deduplicated. */
export function findDatabricksHosts(text: string): string[] {
  const hosts = new Set<string>();
  for (const match of text.matchAll(HOST_NAME)) {
    if (isDatabricksWorkspaceHost(match[0])) hosts.add(`https://${match[0].toLowerCase()}`);
  }
  return [...hosts];
}
