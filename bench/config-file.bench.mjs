// @dbcfg/config-file: parse speed against the `ini` package on the same 5,000-profile (~1 MB)
// file, and one edit + atomic save of that file. Run: `npm run bench` or `node bench/run.mjs config-file`.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ini from "ini";
import { loadConfigFile, parseConfigFile, saveConfigFile } from "@dbcfg/config-file";
import { median, medianTime, unreadText } from "./measure.mjs";
import { fakePat } from "@dbcfg/pat/testing";

const PROFILES = 5_000;
const text = Array.from({ length: PROFILES }, (_, i) =>
  [
    `[profile-${i}]`,
    `host = https://dbc-${i.toString(16).padStart(8, "0")}-abcd.cloud.databricks.com`,
    `token = ${fakePat()}`,
    `cluster_id = 0123-456789-${i.toString(36).padStart(8, "x")}`,
    `warehouse_id = ${randomBytes(8).toString("hex")}`,
    `; profile ${i} created by the benchmark`,
    "",
  ].join("\n"),
).join("\n");
const megabytes = Buffer.byteLength(text) / 1024 / 1024;

// Sanity: lossless, and the same number of sections as ini reads.
const doc = parseConfigFile(text);
if (doc.toString() !== text) throw new Error("not lossless");
if (doc.profileNames().length !== Object.keys(ini.parse(text)).length) throw new Error("profile count differs from ini");

const warm = 5;
for (let i = 0; i < warm; i++) {
  parseConfigFile(text);
  ini.parse(text);
}
const runs = 25;
const oursMs = medianTime(() => parseConfigFile(text), runs).ms;
const iniMs = medianTime(() => ini.parse(text), runs).ms;
const diagnosticsMs = medianTime(() => parseConfigFile(text).diagnostics, 10).ms;

console.log(`file: ${PROFILES} profiles, ${megabytes.toFixed(2)} MB`);
console.log(`parseConfigFile (lossless, lines typed): median ${oursMs.toFixed(2)} ms = ${(megabytes / (oursMs / 1000)).toFixed(1)} MB/s`);
console.log(`ini.parse:                               median ${iniMs.toFixed(2)} ms = ${(megabytes / (iniMs / 1000)).toFixed(1)} MB/s`);
console.log(`ratio ini/ours: ${(iniMs / oursMs).toFixed(2)}x (>1 means ours is faster)`);
console.log(`parse + all diagnostics:                 median ${diagnosticsMs.toFixed(2)} ms = ${(megabytes / (diagnosticsMs / 1000)).toFixed(1)} MB/s`);

const dir = mkdtempSync(join(tmpdir(), "dbcfg-bench-"));
const path = join(dir, ".databrickscfg");
/**
 * Median time of `runs` edits, each as one `dbcfg configure` process makes it: load, set a value,
 * save. Before each (untimed) the file gets back `content` as a text no earlier run read
 * (`unreadText`): a new process has no cache of recent readings.
 */
async function editAndSave(file, content, runs, options) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    writeFileSync(file, unreadText(content), { mode: 0o600 });
    const start = performance.now();
    const loaded = await loadConfigFile(file, options);
    loaded.setValue(`profile-${(i * 7) % 20}`, "cluster_id", `edited-${i}`); // both files have 20 profiles or more
    await saveConfigFile(file, loaded);
    times.push(performance.now() - start);
  }
  return median(times);
}
const big = await editAndSave(path, text, 15, {});
const bigVerified = await editAndSave(path, text, 3, { verifyWithReaders: true });
const smallText = text
  .split("\n")
  .slice(0, 7 * 20)
  .join("\n");
const smallVerified = await editAndSave(join(dir, "small.databrickscfg"), smallText, 15, {});
rmSync(dir, { recursive: true, force: true });
console.log(`1 MB file: load + setValue + locked atomic save (spelling rules only, the default above 256 KiB): median ${big.toFixed(1)} ms`);
console.log(`1 MB file: the same with the 3-reader check forced on:                                   median ${bigVerified.toFixed(1)} ms`);
console.log(`20-profile file: load + setValue checked by all 3 SDK readers + locked atomic save:     median ${smallVerified.toFixed(1)} ms`);
