import { SENSITIVE_ATTRIBUTES } from "@dbcfg/config-file";
import { redact } from "@dbcfg/pat";
import type { CheckOutcome, GlobalCheck } from "../../doctor/engine/types.js";
import { envAttributes, fileSkippedByEnv } from "@dbcfg/unified-auth";
import { profileAttributes } from "../../doctor/input/profile-attributes.js";
import { analyzeHost } from "@dbcfg/config-file";
import { keyLocation } from "../../doctor/input/locate.js";

const shown = (name: string, value: string): string => (SENSITIVE_ATTRIBUTES.has(name) ? redact(value) : value);

/** `DATABRICKS_*` variables that silently beat or mix with the selected profile (databricks/cli#1194, #5096). */
export const envShadowing: GlobalCheck = {
  id: "env-shadowing",
  title: "Environment variables vs the profile",
  group: "environment",
  help: "Environment variables beat profile values attribute by attribute, and when no profile is chosen any host or credential variable makes the SDKs skip .databrickscfg entirely. Mixed sources can send one workspace's token to another host.",
  requires: [],
  online: false,
  scope: "global",
  run({ input }) {
    const env = envAttributes(input.env);
    if (env.size === 0) return [{ status: "pass", message: "No Databricks variables are set; the config file decides." }];
    const { name: profile, reason: source } = input.selection;
    const explicit = source === "argument" || source === "env";
    const skippers = fileSkippedByEnv(input.env);
    if (!explicit && skippers.length > 0) {
      const names = skippers.map((v) => v.envName).join(", ");
      const hasCredential =
        env.has("token") || env.has("password") || env.has("client_secret") || env.has("azure_client_secret") || env.has("google_credentials");
      return [
        {
          status: "warn",
          message: `${names} ${skippers.length === 1 ? "is" : "are"} set and no profile is selected, so every SDK skips ${input.configPath.path} entirely; [${profile}] is not used${hasCredential ? "" : ', and with no credential in the environment authentication fails ("cannot configure default credentials")'}.`,
          fix: `unset ${skippers.map((v) => v.envName).join(" ")}   (or select a profile with --profile / DATABRICKS_CONFIG_PROFILE)`,
        },
      ];
    }
    const fromFile = profileAttributes(input, profile);
    const outcomes: CheckOutcome[] = [];
    for (const [name, envValue] of env) {
      const fileEntry = fromFile.get(name);
      if (!fileEntry || name === "profile" || name === "config_file") continue;
      const same = name === "host" ? analyzeHost(envValue.value).normalized === analyzeHost(fileEntry.value).normalized : envValue.value === fileEntry.value;
      if (same) continue;
      outcomes.push({
        status: "warn",
        message: `${envValue.envName}=${shown(name, envValue.value)} wins over [${profile}] ${name} = ${shown(name, fileEntry.value)} (line ${fileEntry.line}).`,
        fix: `unset ${envValue.envName}`,
        location: keyLocation(input, fileEntry),
      });
    }
    const envHost = env.get("host");
    const fileToken = fromFile.get("token");
    const fileHost = fromFile.get("host");
    if (envHost && fileToken && !env.has("token") && fileHost && analyzeHost(envHost.value).normalized !== analyzeHost(fileHost.value).normalized) {
      outcomes.push({
        status: "fail",
        message: `The token of [${profile}] (${redact(fileToken.value)}, issued for ${fileHost.value}) would be sent to ${envHost.value} from ${envHost.envName}: the host comes from the environment, the token from the file.`,
        fix: `unset ${envHost.envName}`,
        location: keyLocation(input, fileToken),
      });
    }
    if (outcomes.length > 0) return outcomes;
    const names = [...env.values()].map((v) => v.envName).join(", ");
    return [{ status: "pass", message: `${names} ${env.size === 1 ? "agrees" : "agree"} with [${profile}] or only fill${env.size === 1 ? "s" : ""} gaps.` }];
  },
};
