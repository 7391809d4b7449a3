// Child-process entry for the TLS fidelity tests: NODE_EXTRA_CA_CERTS is read only at process start,
// so the SDK runs here, prints its findings as one JSON line, and exits 0 (or 1 with the error).
// DBCFG_EMULATOR_TOKEN → PAT; without it, OAuth M2M with DBCFG_EMULATOR_CLIENT_ID / _SECRET.
import { runSdkRoundTrip } from "./sdk-round-trip.js";

const host = process.env.DBCFG_EMULATOR_URL ?? "";
const token = process.env.DBCFG_EMULATOR_TOKEN;
const clientId = process.env.DBCFG_EMULATOR_CLIENT_ID ?? "";
const clientSecret = process.env.DBCFG_EMULATOR_CLIENT_SECRET ?? "";
runSdkRoundTrip(host, token === undefined ? { clientId, clientSecret } : { token }).then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) => {
    const { code, message } = error as { code?: string; message?: string };
    process.stdout.write(`${JSON.stringify({ error: { code, message } })}\n`);
    process.exitCode = 1;
  },
);
