// 1,000 `tokens.list` calls against the local workspace emulator, made by @dbcfg/token-api, by
// plain `fetch` + `JSON.parse` (the floor: no validation, retries or redaction), and by the
// official JS SDK (`@databricks/sdk-experimental` WorkspaceClient), in one run, one after another.
// Prints per-call medians and p95s and the ratios between them.
import { performance } from "node:perf_hooks";
import { WorkspaceClient } from "@databricks/sdk-experimental";
import { createTokenClient } from "@dbcfg/token-api";
import { startEmulator } from "@dbcfg/workspace-emulator";

const CALLS = 1000;
const WARMUP = 200;
const ROUNDS = 5;
const SEEDED_TOKENS = 20;

const emulator = await startEmulator({
  seed: { tokens: Array.from({ length: SEEDED_TOKENS }, (_, i) => ({ userName: "admin@example.com", comment: `bench token ${i}` })) },
});
const token = emulator.mintToken({ userName: "admin@example.com", comment: "bench" });
const host = emulator.url;

const ours = createTokenClient({ host, token });
const sdk = new WorkspaceClient({ host, token, authType: "pat", env: {}, loaders: [], skipVerify: false });
const listUrl = `${host}/api/2.0/token/list`;
const headers = { Authorization: `Bearer ${token}`, Accept: "application/json" };

const contenders = {
  "@dbcfg/token-api": async () => (await ours.tokens.list()).length,
  "plain fetch": async () => {
    const response = await fetch(listUrl, { headers });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()).token_infos.length;
  },
  "official JS SDK": async () => {
    let count = 0;
    for await (const _info of sdk.tokens.list()) count++;
    return count;
  },
};

/**
 * 1,000 calls per contender, in 5 rounds of 200 whose order rotates, so warm-up, machine load and
 * connection reuse do not favour whoever runs first or last.
 */
async function measureAll() {
  const names = Object.keys(contenders);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  const totals = Object.fromEntries(names.map((name) => [name, 0]));
  for (const name of names) for (let i = 0; i < WARMUP; i++) await contenders[name]();
  for (let round = 0; round < ROUNDS; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const name of order) {
      globalThis.gc?.();
      const start = performance.now();
      for (let i = 0; i < CALLS / ROUNDS; i++) {
        const t0 = performance.now();
        const count = await contenders[name]();
        samples[name].push(performance.now() - t0);
        if (count !== SEEDED_TOKENS + 1) throw new Error(`${name}: listed ${count} tokens, expected ${SEEDED_TOKENS + 1}`);
      }
      totals[name] += performance.now() - start;
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const times = samples[name].sort((a, b) => a - b);
      return [name, { name, total: totals[name], median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] }];
    }),
  );
}

try {
  const results = await measureAll();
  console.log(
    `tokens.list × ${CALLS} per client against the emulator (${SEEDED_TOKENS + 1} tokens per list), sequential, ${ROUNDS} interleaved rounds, node ${process.versions.node}`,
  );
  for (const r of Object.values(results)) {
    console.log(
      `  ${r.name.padEnd(18)} median ${(r.median * 1000).toFixed(0).padStart(5)} µs   p95 ${(r.p95 * 1000).toFixed(0).padStart(5)} µs   total ${r.total.toFixed(0).padStart(5)} ms   ${((CALLS / r.total) * 1000).toFixed(0)} calls/s`,
    );
  }
  const o = results["@dbcfg/token-api"];
  const f = results["plain fetch"];
  const s = results["official JS SDK"];
  console.log(`  ratio (median) @dbcfg/token-api / plain fetch     = ${(o.median / f.median).toFixed(2)}×`);
  console.log(`  ratio (median) @dbcfg/token-api / official JS SDK = ${(o.median / s.median).toFixed(2)}×`);
  console.log(`  ratio (total)  @dbcfg/token-api / plain fetch     = ${(o.total / f.total).toFixed(2)}×`);
  console.log(`  ratio (total)  @dbcfg/token-api / official JS SDK = ${(o.total / s.total).toFixed(2)}×`);
} finally {
  await emulator.close();
}
