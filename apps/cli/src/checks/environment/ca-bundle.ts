import type { CheckOutcome, GlobalCheck } from "../../doctor/engine/types.js";

/**
 * The CA bundle variables (`@dbcfg/token-api` `CA_BUNDLE_VARIABLES`): each must name a readable
 * PEM file, and runtimes given different files trust different CAs, so one tool may work behind a
 * TLS-inspecting proxy while another fails.
 */
export const caBundle: GlobalCheck = {
  id: "ca-bundle",
  title: "CA bundle variables",
  group: "environment",
  help: "Reads the files named by NODE_EXTRA_CA_CERTS (Node, added to its roots), SSL_CERT_FILE (Go: the Databricks CLI and Terraform; OpenSSL), REQUESTS_CA_BUNDLE and CURL_CA_BUNDLE (Python requests, curl). A missing, unreadable or non-PEM file fails, naming the variable and path; different files warn, naming which runtime reads which. dbcfg's own requests add NODE_EXTRA_CA_CERTS, SSL_CERT_FILE and REQUESTS_CA_BUNDLE to Node's roots.",
  requires: [],
  online: false,
  scope: "global",
  async run({ input }) {
    const { CA_BUNDLE_VARIABLES, readCaBundle } = await import("@dbcfg/token-api/network");
    const set = CA_BUNDLE_VARIABLES.flatMap((variable) => {
      const path = input.env[variable.name]?.trim();
      return path ? [{ ...variable, path }] : [];
    });
    if (set.length === 0)
      return [
        {
          status: "pass",
          message:
            "No CA bundle variables are set (NODE_EXTRA_CA_CERTS, SSL_CERT_FILE, REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE): each runtime uses its default roots.",
        },
      ];
    const outcomes: CheckOutcome[] = [];
    // Usually every variable names the system bundle: a file read once serves every variable
    // naming it, and bundles are compared only when the variables name more than one file.
    const bundles = new Map<string, string[]>();
    const certificates = new Map<string, Set<string>>();
    const oneFile = new Set(set.map((variable) => variable.path)).size === 1;
    for (const variable of set) {
      try {
        const found = bundles.get(variable.path) ?? (await readCaBundle(variable.name, variable.path));
        bundles.set(variable.path, found);
        if (!oneFile) certificates.set(variable.name, new Set(found.map((pem) => pem.replace(/\s+/g, ""))));
        outcomes.push({
          status: "pass",
          message: `${variable.name}=${variable.path} holds ${found.length} certificate${found.length === 1 ? "" : "s"}; read by ${variable.readBy}.`,
        });
      } catch (error) {
        outcomes.push({
          status: "fail",
          message: `${(error as Error).message}; ${variable.name} is read by ${variable.readBy}.`,
          fix: `Point ${variable.name} at a readable PEM bundle (-----BEGIN CERTIFICATE-----), or unset it.`,
        });
      }
    }
    const mismatch = oneFile
      ? undefined
      : disagreement(
          set.filter((v) => certificates.has(v.name)),
          certificates,
        );
    if (mismatch)
      outcomes.push({
        status: "warn",
        message: `The CA variables name different files, so the runtimes trust different CAs: ${mismatch.map((v) => `${v.name}=${v.path} (${v.readBy})`).join("; ")}.`,
        fix: "Give SSL_CERT_FILE, REQUESTS_CA_BUNDLE and CURL_CA_BUNDLE one bundle (the public roots plus the corporate CA: they replace the defaults), and make NODE_EXTRA_CA_CERTS the corporate CA it holds.",
      });
    return outcomes;
  },
};

/**
 * The variables that disagree, or undefined: the bundles that replace the default roots must hold
 * the same certificates, and each certificate NODE_EXTRA_CA_CERTS adds must be in each of them.
 */
function disagreement<V extends { name: string }>(variables: V[], certificates: Map<string, Set<string>>): V[] | undefined {
  const replacing = variables.filter((v) => v.name !== "NODE_EXTRA_CA_CERTS");
  const node = variables.find((v) => v.name === "NODE_EXTRA_CA_CERTS");
  const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((pem) => b.has(pem));
  const first = replacing[0] ? certificates.get(replacing[0].name)! : undefined;
  const replacingDiffer = first !== undefined && replacing.some((v) => !same(certificates.get(v.name)!, first));
  const nodeMissing = node !== undefined && replacing.some((v) => [...certificates.get(node.name)!].some((pem) => !certificates.get(v.name)!.has(pem)));
  return replacingDiffer || nodeMissing ? variables : undefined;
}
