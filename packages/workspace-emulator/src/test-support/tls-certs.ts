import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A throw-away CA and a leaf certificate for 127.0.0.1 / localhost, as files and PEM text. */
export interface TestCertificates {
  /** Temporary folder holding every file below. */
  dir: string;
  /** CA certificate (PEM) — give it to clients, e.g. `NODE_EXTRA_CA_CERTS=<caCertPath>`. */
  caCertPath: string;
  caCert: string;
  /** Leaf key and certificate (PEM) for `startEmulator({tls: {key, cert}})` or `--tls-key/--tls-cert`. */
  keyPath: string;
  certPath: string;
  key: string;
  cert: string;
  /** Deletes `dir`. */
  cleanup(): Promise<void>;
}

/** What the leaf certificate is for and how long it lasts (defaults: 127.0.0.1 and localhost, 2 days). */
export interface LeafCertificateOptions {
  /** The subjectAltName extension, e.g. `"DNS:other.example"` for a name-mismatch test. */
  subjectAltName?: string;
  /** Days of validity from now; a negative number makes a certificate that has already expired. */
  days?: number;
}

/** Generates a CA and a server certificate signed by it with the `openssl` CLI (EC P-256, valid 2 days). */
export async function createTestCertificates(openssl = "/usr/bin/openssl", leaf: LeafCertificateOptions = {}): Promise<TestCertificates> {
  const dir = await mkdtemp(join(tmpdir(), "dbcfg-emulator-tls-"));
  const file = (name: string) => join(dir, name);
  const ecKey = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  await run(openssl, [
    "req",
    "-x509",
    ...ecKey,
    "-keyout",
    file("ca.key"),
    "-out",
    file("ca.pem"),
    "-days",
    "2",
    "-subj",
    "/CN=dbcfg emulator test CA",
    "-addext",
    "basicConstraints=critical,CA:TRUE",
    "-addext",
    "keyUsage=critical,keyCertSign,cRLSign",
  ]);
  await run(openssl, ["req", "-new", ...ecKey, "-keyout", file("server.key"), "-out", file("server.csr"), "-subj", "/CN=localhost"]);
  await writeFile(
    file("server.ext"),
    `subjectAltName=${leaf.subjectAltName ?? "IP:127.0.0.1,DNS:localhost"}\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n`,
  );
  await run(openssl, [
    "x509",
    "-req",
    "-in",
    file("server.csr"),
    "-CA",
    file("ca.pem"),
    "-CAkey",
    file("ca.key"),
    "-CAcreateserial",
    "-out",
    file("server.pem"),
    "-days",
    String(leaf.days ?? 2),
    "-extfile",
    file("server.ext"),
  ]);
  const [caCert, key, cert] = await Promise.all([file("ca.pem"), file("server.key"), file("server.pem")].map((path) => readFile(path, "utf8")));
  return {
    dir,
    caCertPath: file("ca.pem"),
    caCert: caCert ?? "",
    keyPath: file("server.key"),
    certPath: file("server.pem"),
    key: key ?? "",
    cert: cert ?? "",
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
