import { azureEnvironmentByName, environmentForHost, type DatabricksEnvironment } from "./environments.js";
import type { ResolutionState } from "./state.js";
import type { Cloud } from "./types.js";

export interface CloudFlags {
  isAzure: boolean;
  isAws: boolean;
  isGcp: boolean;
  cloud?: Cloud;
}

const JS_AZURE_HOST = /(\.databricks\.azure\.us|\.databricks\.azure\.cn|\.azuredatabricks\.net)$/;
const PYTHON_CLOUDS: Record<string, "AWS" | "Azure" | "GCP"> = { aws: "AWS", azure: "Azure", gcp: "GCP" };

/** Python `Cloud.parse`: case-insensitive, unknown → None. */
export function parsePythonCloud(value: unknown): "AWS" | "Azure" | "GCP" | undefined {
  return typeof value === "string" ? PYTHON_CLOUDS[value.toLowerCase()] : undefined;
}

/** The environment the SDK derives from the host (or, with no host, from the resource id and `ARM_ENVIRONMENT`). */
export function environmentOf(state: ResolutionState): DatabricksEnvironment {
  const host = state.text("host");
  if (!host && state.has("azure_workspace_resource_id")) {
    let name = state.text("azure_environment");
    if (state.dialect === "python" && name)
      name = name
        .toUpperCase()
        .replace(/^AZURE/, "")
        .replace(/CLOUD$/, "");
    const azure = azureEnvironmentByName(name);
    if (azure) return azure;
  }
  return environmentForHost(host ?? "");
}

function withCloud(flags: Omit<CloudFlags, "cloud">): CloudFlags {
  const cloud: Cloud | undefined = flags.isAzure ? "azure" : flags.isGcp ? "gcp" : flags.isAws ? "aws" : undefined;
  return cloud ? { ...flags, cloud } : flags;
}

/**
 * `IsAzure`/`IsAws`/`IsGcp` per dialect (databricks-sdk-go@1ff3c785 `config/config.go`,
 * databricks-sdk-py@9ae22415 `databricks/sdk/config.py`): Go compares `cloud`
 * case-sensitively and needs a host for AWS; Python parses `cloud` case-insensitively and falls back
 * to the DNS environment (AWS even with no host); JS only looks at the host suffix and the resource id.
 */
export function detectCloud(state: ResolutionState): CloudFlags {
  const host = state.text("host") ?? "";
  if (state.dialect === "js") {
    const isAzure = JS_AZURE_HOST.test(host) || state.has("azure_workspace_resource_id");
    const isGcp = host.endsWith(".gcp.databricks.com");
    return withCloud({ isAzure, isGcp, isAws: host !== "" && !isAzure && !isGcp });
  }
  const environment = environmentOf(state);
  const resourceId = state.has("azure_workspace_resource_id");
  if (state.dialect === "python") {
    const cloud = parsePythonCloud(state.get("cloud"));
    return withCloud({
      isAzure: resourceId || (cloud ? cloud === "Azure" : environment.cloud === "Azure"),
      isGcp: (cloud ?? environment.cloud) === "GCP",
      isAws: (cloud ?? environment.cloud) === "AWS",
    });
  }
  const cloud = state.text("cloud");
  const isAzure = resourceId || (cloud !== undefined ? cloud === "Azure" : environment.cloud === "Azure");
  const isGcp = cloud !== undefined ? cloud === "GCP" : environment.cloud === "GCP";
  const isAws = cloud !== undefined ? cloud === "AWS" : host !== "" && !isAzure && !isGcp;
  return withCloud({ isAzure, isGcp, isAws });
}
