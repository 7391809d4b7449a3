// Emulator throughput: sequential keep-alive requests against @dbcfg/workspace-emulator compared
// with a bare node:http server answering the same JSON, so the ratio shows the emulator's own cost
// (auth hashing, routing, revocation sweep, request log) over Node's HTTP stack.
import { createServer, Agent, request } from "node:http";
import { startEmulator } from "@dbcfg/workspace-emulator";

const ROUNDS = 5;
const REQUESTS = 1500;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function call(url, { method = "GET", token, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent, headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode));
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function timeRun(fn) {
  const start = performance.now();
  for (let i = 0; i < REQUESTS; i++) {
    const status = await fn(i);
    if (status !== 200) throw new Error(`unexpected status ${status}`);
  }
  return (performance.now() - start) / REQUESTS;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const emu = await startEmulator({ seed: { tokens: Array.from({ length: 50 }, () => ({ userName: "admin@example.com" })) } });
const token = emu.mintToken();
const listBody = await new Promise((resolve) => {
  request(`${emu.url}/api/2.0/token/list`, { headers: { Authorization: `Bearer ${token}` } }, (res) => {
    let text = "";
    res.on("data", (c) => (text += c));
    res.on("end", () => resolve(text));
  }).end();
});
const bare = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "Content-Type": "application/json; charset=utf-8" });
    res.end(listBody);
  });
});
await new Promise((resolve) => bare.listen(0, "127.0.0.1", resolve));
const bareUrl = `http://127.0.0.1:${bare.address().port}`;

const results = { bare: [], list: [], create: [] };
for (let round = 0; round < ROUNDS; round++) {
  results.bare.push(await timeRun(() => call(`${bareUrl}/api/2.0/token/list`, { token })));
  results.list.push(await timeRun(() => call(`${emu.url}/api/2.0/token/list`, { token })));
  const maker = emu.mintToken({ userName: "user@example.com" });
  results.create.push(
    await timeRun((i) => {
      // Every 500 creates, let the 60-second tokens expire so the user stays under the 600-token quota.
      if (i > 0 && i % 500 === 0) emu.clock.advance(61_000);
      return call(`${emu.url}/api/2.0/token/create`, { method: "POST", token: maker, body: '{"lifetime_seconds":60}' });
    }),
  );
  emu.clock.advance(61_000);
}
const us = (ms) => `${(ms * 1000).toFixed(0)} µs`;
console.log(`requests per run: ${REQUESTS}, runs: ${ROUNDS}, sequential keep-alive`);
console.log(`bare node:http (same 50-token list JSON): median ${us(median(results.bare))} per request`);
console.log(
  `emulator GET /api/2.0/token/list (51 tokens): median ${us(median(results.list))} per request, ${(median(results.list) / median(results.bare)).toFixed(2)}x bare`,
);
console.log(
  `emulator POST /api/2.0/token/create: median ${us(median(results.create))} per request, ${(median(results.create) / median(results.bare)).toFixed(2)}x bare`,
);
agent.destroy();
await emu.close();
await new Promise((resolve) => bare.close(resolve));
