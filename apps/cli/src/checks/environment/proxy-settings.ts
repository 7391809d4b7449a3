import type { ProxyVariable } from "@dbcfg/token-api/network";
import type { CheckOutcome, GlobalCheck } from "../../doctor/engine/types.js";
import { resolveOnlineTarget } from "../../doctor/input/online-target.js";

/** Who reads which spelling when both are set (the sources are cited in `@dbcfg/token-api`'s README). */
const UPPER_WINS = "Go (the Databricks CLI, Terraform, the Go SDK) and dbcfg";
const LOWER_WINS = "Python (requests, so the Databricks SDK for Python) and Node's undici EnvHttpProxyAgent";

/**
 * The proxy variables and what they mean for the profiles the doctor contacts, decided by
 * `@dbcfg/token-api` `proxyFor` (Go's rules), the very rule dbcfg's own requests follow. Whether
 * the proxy answers is the online check `proxy-reachable`.
 */
export const proxySettings: GlobalCheck = {
  id: "proxy-settings",
  title: "Proxy variables",
  group: "environment",
  help: "Lists HTTPS_PROXY, HTTP_PROXY and NO_PROXY (both cases) and says which proxy applies to each contacted profile's host, following Go's golang.org/x/net/http/httpproxy rules (the Databricks CLI and Terraform; dbcfg follows them too): a host excluded by NO_PROXY, a malformed proxy URL, and upper- and lower-case spellings that disagree (Go reads HTTPS_PROXY first, Python and undici https_proxy). Proxy passwords are shown masked.",
  requires: [],
  online: false,
  scope: "global",
  async run({ input }) {
    const { PROXY_VARIABLES, parseProxyUrl, maskProxyUrl, maskProxyText, proxyFor, isProxyRoute } = await import("@dbcfg/token-api/network");
    const outcomes: CheckOutcome[] = [];
    const shown = (name: ProxyVariable, value: string): string => {
      if (name.toLowerCase() === "no_proxy") return `${name}=${value}`;
      try {
        return `${name}=${maskProxyUrl(parseProxyUrl(name, value))}`;
      } catch {
        return `${name}=${maskProxyText(value)}`;
      }
    };
    const set = Object.values(PROXY_VARIABLES)
      .flat()
      .filter((name) => input.env[name]?.trim());
    if (set.length === 0)
      return [
        { status: "pass", message: "No proxy variables are set (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, in either case): dbcfg and the SDKs connect directly." },
      ];
    for (const [upper, lower] of Object.values(PROXY_VARIABLES)) {
      const [a, b] = [input.env[upper]?.trim(), input.env[lower]?.trim()];
      if (a && b && a !== b)
        outcomes.push({
          status: "warn",
          message: `${shown(upper, a)} and ${shown(lower, b)} differ: ${UPPER_WINS} use ${upper}; ${LOWER_WINS} use ${lower}.`,
          fix: `Give ${upper} and ${lower} the same value, or unset one of them.`,
        });
    }
    for (const name of [...PROXY_VARIABLES.https, ...PROXY_VARIABLES.http]) {
      const value = input.env[name]?.trim();
      if (!value) continue;
      try {
        parseProxyUrl(name, value);
      } catch (error) {
        outcomes.push({
          status: "fail",
          message: `${(error as Error).message}.`,
          fix: `Write ${name} as http://host:port (or http://user:password@host:port), or unset it.`,
        });
      }
    }
    const found = `Proxy variables: ${set.map((name) => shown(name, input.env[name]!.trim())).join(", ")}.`;
    for (const profile of input.onlineTargets) {
      const target = resolveOnlineTarget(input, profile);
      if (!target) continue;
      let decision;
      try {
        decision = proxyFor(target.baseUrl, input.env);
      } catch {
        continue; // reported above, once per variable
      }
      const where = `${target.baseUrl} (${target.source})`;
      if (isProxyRoute(decision))
        outcomes.push({ status: "pass", profile, message: `${found} Requests to ${where} go through ${decision.maskedUrl} (from ${decision.source}).` });
      else if (decision)
        outcomes.push({
          status: "pass",
          profile,
          message: `${found} ${where} is not proxied: ${decision.excludedBy}; dbcfg and the Databricks CLI connect to it directly.`,
        });
      else
        outcomes.push({
          status: "pass",
          profile,
          message: `${found} None applies to ${where}: ${target.https ? "HTTPS_PROXY" : "HTTP_PROXY"} is not set (Go does not fall back to the other one).`,
        });
    }
    return outcomes.length > 0 ? outcomes : [{ status: "pass", message: found }];
  },
};
