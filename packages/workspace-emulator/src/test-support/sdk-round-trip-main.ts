// Child-process entry for the TLS fidelity test: NODE_EXTRA_CA_CERTS is read only at process start,
// so the SDK runs here, prints its findings as one JSON line, and exits 0 (or 1 with the error).
import { runSdkRoundTrip } from "./sdk-round-trip.js";

const host = process.env.DBCFG_EMULATOR_URL ?? "";
const token = process.env.DBCFG_EMULATOR_TOKEN ?? "";
runSdkRoundTrip(host, token).then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) => {
    const { code, message } = error as { code?: string; message?: string };
    process.stdout.write(`${JSON.stringify({ error: { code, message } })}\n`);
    process.exitCode = 1;
  },
);
