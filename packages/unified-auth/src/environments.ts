/** A Databricks deployment, found from the host's DNS zone (databricks-sdk-go@1ff3c785 `config/environments.go`). */
export interface DatabricksEnvironment {
  dnsZone: string;
  cloud: "AWS" | "Azure" | "GCP";
  azureApplicationId?: string;
  azureEnvironment?: "PUBLIC" | "USGOVERNMENT" | "CHINA";
}

/** In the SDKs' order: the first suffix that matches wins. */
export const ENVIRONMENTS: readonly DatabricksEnvironment[] = [
  { dnsZone: ".dev.databricks.com", cloud: "AWS" },
  { dnsZone: ".staging.cloud.databricks.com", cloud: "AWS" },
  { dnsZone: ".cloud.databricks.us", cloud: "AWS" },
  { dnsZone: ".cloud.databricks.com", cloud: "AWS" },
  { dnsZone: ".dev.azuredatabricks.net", cloud: "Azure", azureApplicationId: "62a912ac-b58e-4c1d-89ea-b2dbfc7358fc" },
  { dnsZone: ".staging.azuredatabricks.net", cloud: "Azure", azureApplicationId: "4a67d088-db5c-48f1-9ff2-0aace800ae68" },
  { dnsZone: ".azuredatabricks.net", cloud: "Azure", azureApplicationId: "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d", azureEnvironment: "PUBLIC" },
  { dnsZone: ".databricks.azure.us", cloud: "Azure", azureEnvironment: "USGOVERNMENT" },
  { dnsZone: ".databricks.azure.cn", cloud: "Azure", azureEnvironment: "CHINA" },
  { dnsZone: ".dev.gcp.databricks.com", cloud: "GCP" },
  { dnsZone: ".staging.gcp.databricks.com", cloud: "GCP" },
  { dnsZone: ".gcp.databricks.com", cloud: "GCP" },
];

const DEFAULT_ENVIRONMENT = ENVIRONMENTS.find((e) => e.dnsZone === ".cloud.databricks.com") as DatabricksEnvironment;

/** The environment of `host` (matched as a string suffix); AWS when nothing matches. */
export function environmentForHost(host: string): DatabricksEnvironment {
  return ENVIRONMENTS.find((e) => host.endsWith(e.dnsZone)) ?? DEFAULT_ENVIRONMENT;
}

/** With no host but a resource id: the production Azure environment named by `ARM_ENVIRONMENT` (default PUBLIC). */
export function azureEnvironmentByName(name: string | undefined): DatabricksEnvironment | undefined {
  const wanted = (name || "PUBLIC").toUpperCase();
  return ENVIRONMENTS.find((e) => e.azureEnvironment === wanted);
}
