import type { CheckOutcome, GlobalCheck } from "../../doctor/engine/types.js";
import { FEATURES, compareVersions, type Feature, type Tool } from "../../doctor/online/feature-minimums.js";
import { probeDatabricksCli, probeJsSdk, probePythonSdk, type Probe } from "../../doctor/online/probe-versions.js";

const TOOL_NAMES: Record<Tool, string> = { cli: "Databricks CLI", python: "Python SDK", js: "JS SDK" };
const UPGRADES: Record<Tool, string> = {
  cli: "Upgrade the Databricks CLI: https://docs.databricks.com/dev-tools/cli/install.html (brew upgrade databricks, winget upgrade Databricks.DatabricksCLI, or the install script).",
  python: "pip install --upgrade databricks-sdk",
  js: "npm install @databricks/sdk-experimental@latest",
};

/** The features the checked profiles rely on, from their keys. */
function featuresInUse(profiles: readonly Map<string, { value: string }>[]): Feature[] {
  const used = new Set<Feature["id"]>();
  for (const keys of profiles) {
    const host = keys.get("host")?.value ?? "";
    if (keys.get("account_id")?.value && keys.get("workspace_id")?.value && !/^(?:https?:\/\/)?accounts[.-]/i.test(host)) used.add("unified-host");
    if (keys.get("token")?.value) used.add("token-scopes");
  }
  return FEATURES.filter((feature) => used.has(feature.id));
}

/**
 * The installed Databricks CLI, Python SDK and JS SDK against the first release that supports what
 * the checked profiles use (unified hosts, token scopes). The probes are local processes with a
 * timeout; like the network checks they never run with --offline.
 */
export const toolVersions: GlobalCheck = {
  id: "tool-versions",
  title: "Databricks tools new enough",
  group: "online",
  help: "Runs `databricks --version` and `python3 -c \"import databricks.sdk; …\"` (each with the check's timeout, never with --offline) and reads @databricks/sdk-experimental from the project's node_modules, then compares each with the first release that supports what the profiles use: unified hosts (account_id and workspace_id in one profile) and scoped tokens. The legacy Python databricks-cli is reported as unsupported.",
  requires: [],
  online: true,
  scope: "global",
  async run(ctx) {
    const { cli, input } = ctx;
    // 70% of the check's budget, so a hung probe is reported by name before the check's own deadline.
    const probeMs = Math.max(50, Math.floor(ctx.timeoutMs * 0.7));
    const probes: [Tool, Probe][] = await Promise.all([
      probeDatabricksCli(cli, probeMs, ctx.signal).then((p): [Tool, Probe] => ["cli", p]),
      probePythonSdk(cli, probeMs, ctx.signal).then((p): [Tool, Probe] => ["python", p]),
      probeJsSdk(cli.cwd).then((p): [Tool, Probe] => ["js", p]),
    ]);
    const features = featuresInUse(input.onlineTargets.map((name) => input.profiles.get(name) ?? new Map()));
    const outcomes: CheckOutcome[] = [];
    for (const [tool, probe] of probes) {
      if ("absent" in probe) continue;
      if ("failed" in probe) {
        outcomes.push({
          status: "warn",
          message: `${TOOL_NAMES[tool]}: ${probe.failed}.`,
          fix: "Run the command yourself to see why; retry with a larger --timeout.",
        });
        continue;
      }
      if (tool === "cli" && probe.detail.startsWith("legacy")) {
        outcomes.push({
          status: "fail",
          message: `\`databricks\` on PATH is the ${probe.detail} ${probe.version}, which is no longer supported and reads profiles differently.`,
          fix: `pip uninstall databricks-cli, then install the Databricks CLI: ${UPGRADES.cli.replace(/^Upgrade the Databricks CLI: /, "")}`,
        });
        continue;
      }
      const missing = features.filter((f) => f.minimum[tool] !== undefined && compareVersions(probe.version, f.minimum[tool]!) < 0);
      if (missing.length > 0) {
        outcomes.push({
          status: "warn",
          message: `${probe.detail} ${probe.version} is older than needed for ${missing.map((f) => `${f.title} (≥ ${f.minimum[tool]})`).join(" and ")}.`,
          fix: UPGRADES[tool],
        });
      } else {
        outcomes.push({
          status: "pass",
          message: `${probe.detail} ${probe.version}${features.length > 0 ? ` supports ${features.map((f) => f.title).join(" and ")}` : ""}.`,
        });
      }
    }
    const absent = probes.filter(([, p]) => "absent" in p).map(([, p]) => (p as { absent: string }).absent);
    if (outcomes.length === 0) return [{ status: "skip", message: `Skipped: ${absent.join("; ")}.` }];
    return outcomes;
  },
};
