import { readFileSync } from "node:fs";
import { execSync } from "node:child_process";
import { DIALECTS, dialectOf } from "./dist/text/dialect.js";
import { scanLexed } from "./dist/text/scan.js";
const [cmd] = process.argv.slice(2);
const files = execSync(cmd, { encoding: "utf8", maxBuffer: 1e9 }).trim().split("\n");
let bytes = 0, found = 0; const t0 = performance.now(); const slow = [];
for (const f of files) {
  const d = dialectOf(f); if (!d) continue;
  const text = readFileSync(f, "utf8"); bytes += text.length;
  const s = performance.now();
  const r = scanLexed(DIALECTS[d].lex(text), text);
  const ms = performance.now() - s; if (ms > 200) slow.push([f, ms|0, text.length]);
  for (const x of r) { found++; if (found < 20) console.log(f, x.tier, x.start, text.slice(x.start, x.end).slice(0, 60)); }
}
console.log(files.length, "files", (bytes / 1e6).toFixed(1), "MB", found, "findings", ((performance.now() - t0) / 1000).toFixed(1), "s");
console.log(slow.slice(0, 10));
