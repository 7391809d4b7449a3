// Child-process entry for tls.test.ts: NODE_EXTRA_CA_CERTS is read only at process start, so a
// test CA can be trusted only by a fresh process. Starts the workspace emulator over TLS with the
// key and certificate named by DBCFG_TLS_KEY / DBCFG_TLS_CERT, runs the `tls` check against it and
// prints the finding as one JSON line.
import { readFile } from "node:fs/promises";
import { runOneCheck } from "./doctor-harness.js";
import { startEmulatorHome } from "./emulator-home.js";
import { tls } from "../checks/online/tls.js";

const [key, cert] = await Promise.all([process.env.DBCFG_TLS_KEY, process.env.DBCFG_TLS_CERT].map((path) => readFile(path ?? "", "utf8")));
const env = await startEmulatorHome({ tls: { key: key!, cert: cert! } });
try {
  const [finding] = await runOneCheck(tls, env.cli);
  process.stdout.write(`${JSON.stringify(finding)}\n`);
} finally {
  await env.close();
}
