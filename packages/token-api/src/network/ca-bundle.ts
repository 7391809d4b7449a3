import type { NetworkEnv } from "./proxy-variables.js";

/** A CA bundle variable and the runtimes that read it. */
export interface CaBundleVariable {
  name: "NODE_EXTRA_CA_CERTS" | "SSL_CERT_FILE" | "REQUESTS_CA_BUNDLE" | "CURL_CA_BUNDLE";
  /** Who reads it, and whether it adds to or replaces the default roots. */
  readBy: string;
  /** Whether {@link loadExtraCaCertificates} (the dbcfg network fetch) adds its certificates. */
  usedByDbcfg: boolean;
}

/**
 * The CA bundle variables, in the order dbcfg reads them. Sources: Node
 * (https://nodejs.org/api/cli.html#node_extra_ca_certsfile: added to the bundled roots, read at
 * process start), Go crypto/x509 on Linux (https://pkg.go.dev/crypto/x509#SystemCertPool:
 * SSL_CERT_FILE replaces the system bundle; the Databricks CLI and Terraform), Python requests
 * (https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification:
 * REQUESTS_CA_BUNDLE, else CURL_CA_BUNDLE, replaces certifi), curl
 * (https://curl.se/docs/sslcerts.html: CURL_CA_BUNDLE).
 */
export const CA_BUNDLE_VARIABLES: readonly CaBundleVariable[] = [
  { name: "NODE_EXTRA_CA_CERTS", readBy: "Node (added to its default roots)", usedByDbcfg: true },
  { name: "SSL_CERT_FILE", readBy: "Go, so the Databricks CLI and Terraform, and OpenSSL (replaces the system roots)", usedByDbcfg: true },
  { name: "REQUESTS_CA_BUNDLE", readBy: "Python requests, so the Databricks SDK for Python (replaces certifi)", usedByDbcfg: true },
  { name: "CURL_CA_BUNDLE", readBy: "curl, and Python requests when REQUESTS_CA_BUNDLE is unset (replaces the default bundle)", usedByDbcfg: false },
];

/** Why a CA bundle file cannot be used. */
export type CaBundleProblem = "missing" | "unreadable" | "not-pem";

/** A CA bundle variable naming a file that is missing, unreadable or holds no PEM certificate. */
export class CaBundleError extends Error {
  readonly code = "CA_BUNDLE";
  constructor(
    readonly variable: string,
    readonly path: string,
    readonly problem: CaBundleProblem,
    detail: string,
  ) {
    super(`${variable}=${path}: ${detail}`);
    this.name = "CaBundleError";
  }
}

const PEM_BEGIN = "-----BEGIN CERTIFICATE-----";
const PEM_END = "\n-----END CERTIFICATE-----";

/**
 * The PEM certificate blocks of a bundle's text (other blocks and text between them are ignored, as
 * OpenSSL does): each from a BEGIN line to the next END line, with at least one character between.
 * A scan with indexOf, not a lazy regular expression: a system bundle is ~220 KB, and the doctor
 * reads one at every start where the CA variables are set.
 */
export function parsePemCertificates(text: string): string[] {
  const certificates: string[] = [];
  for (let start = text.indexOf(PEM_BEGIN); start !== -1; start = text.indexOf(PEM_BEGIN, start + 1)) {
    let body = start + PEM_BEGIN.length;
    if (text[body] === "\r") body++;
    if (text[body] !== "\n") continue;
    const end = text.indexOf(PEM_END, body + 2);
    if (end === -1) break;
    certificates.push(text.slice(start, end + PEM_END.length));
    start = end;
  }
  return certificates;
}

/** The certificates of the file a CA variable names; a {@link CaBundleError} when it cannot be used. */
export async function readCaBundle(variable: string, path: string): Promise<string[]> {
  const { readFile } = await import("node:fs/promises");
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CaBundleError(variable, path, "missing", "no such file");
    throw new CaBundleError(variable, path, "unreadable", `cannot be read (${code ?? (error as Error).message})`);
  }
  const certificates = parsePemCertificates(text);
  if (certificates.length === 0) throw new CaBundleError(variable, path, "not-pem", "holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
  return certificates;
}

/**
 * The extra CA certificates of the dbcfg network fetch: those of every set variable that
 * {@link CA_BUNDLE_VARIABLES} marks `usedByDbcfg`, each file read once. They are added to Node's
 * default roots, never replace them: a corporate CA for a TLS-inspecting proxy must not stop
 * public hosts from verifying.
 */
export async function loadExtraCaCertificates(env: NetworkEnv): Promise<string[]> {
  const files = new Map<string, string>();
  for (const variable of CA_BUNDLE_VARIABLES) {
    const path = env[variable.name]?.trim();
    if (variable.usedByDbcfg && path && !files.has(path)) files.set(path, variable.name);
  }
  const bundles = await Promise.all([...files].map(([path, variable]) => readCaBundle(variable, path)));
  return [...new Set(bundles.flat())];
}

/**
 * The CA set of every dbcfg TLS connection (the network fetch and the doctor's `tls` check):
 * Node's bundled roots plus {@link loadExtraCaCertificates}, or `undefined` when no variable adds
 * any (then Node's defaults apply, NODE_EXTRA_CA_CERTS of the process start included).
 */
export async function loadTrustedCaCertificates(env: NetworkEnv): Promise<string[] | undefined> {
  const [{ rootCertificates }, extra] = await Promise.all([import("node:tls"), loadExtraCaCertificates(env)]);
  return extra.length > 0 ? [...rootCertificates, ...extra] : undefined;
}
