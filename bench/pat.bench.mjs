// @dbcfg/pat: findPats and redactSecrets throughput on a 10 MB text, beside the grammar as a
// plain global RegExp (the way gitleaks-style scanners apply it) in the same run.
import { findPats, redactSecrets, PAT_PATTERN } from "@dbcfg/pat";
import { medianTime } from "./measure.mjs";
import { fakePat } from "@dbcfg/pat/testing";

const lines = [];
let size = 0;
while (size < 10 * 1024 * 1024) {
  const line = Math.random() < 0.01 ? `token = ${fakePat()}` : `host = https://adb-${size}.1.azuredatabricks.net # dapi near miss dapiXYZ`;
  lines.push(line);
  size += line.length + 1;
}
const text = lines.join("\n");
const mb = text.length / (1024 * 1024);

const ours = medianTime(() => findPats(text).length);
const regex = medianTime(() => [...text.matchAll(PAT_PATTERN)].length);
const redacted = medianTime(() => redactSecrets(text).length, 3);
console.log(`input: ${mb.toFixed(1)} MB, ${ours.result} tokens`);
console.log(`findPats:            ${ours.ms.toFixed(1)} ms median (${(mb / (ours.ms / 1000)).toFixed(0)} MB/s)`);
console.log(`RegExp (grammar G):  ${regex.ms.toFixed(1)} ms median (${(mb / (regex.ms / 1000)).toFixed(0)} MB/s), ${regex.result} matches`);
console.log(`ratio findPats / RegExp: ${(ours.ms / regex.ms).toFixed(2)}`);
console.log(`redactSecrets:       ${redacted.ms.toFixed(1)} ms median (${(mb / (redacted.ms / 1000)).toFixed(0)} MB/s)`);
