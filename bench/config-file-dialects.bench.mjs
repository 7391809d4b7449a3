// The three SDK dialect readers of @dbcfg/config-file on a 5,000-profile .databrickscfg, against
// the anchor `ini.parse` alone (the parser the JS SDK runs). Then the JS SDK's own flattening
// (quadratic) against ours on 1,000 profiles. Medians and ratios from one run.
import { createRequire } from "node:module";
import ini from "ini";
import { divergences, readProfiles } from "@dbcfg/config-file";

const require = createRequire(import.meta.url);
const { flattenIniObject: sdkFlatten } = require("@databricks/sdk-experimental/dist/config/KnownConfigLoader.js");

const RUNS = 7;

function configText(profiles) {
  return Array.from(
    { length: profiles },
    (_, i) => `[profile-${i}]\nhost = https://adb-${i}.azuredatabricks.net/ # workspace ${i}\ntoken = t-${i}\nauth_type = pat\n`,
  ).join("\n");
}

function median(fn, runs = RUNS) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function report(rows, anchor) {
  for (const [name, ms] of rows) console.log(`  ${name.padEnd(46)} ${ms.toFixed(1).padStart(8)} ms   ${(ms / anchor).toFixed(2)}× anchor`);
}

const text = configText(5_000);
const doc = { toString: () => text, path: "/home/bench/.databrickscfg" };
console.log(`5,000 profiles (${text.split("\n").length} lines), median of ${RUNS} runs:`);
const anchor = median(() => ini.parse(text));
report(
  [
    ["ini.parse (anchor)", anchor],
    ["readProfiles go", median(() => readProfiles(doc, "go"))],
    ["readProfiles python", median(() => readProfiles(doc, "python"))],
    ["readProfiles js (ini.parse + flatten + lines)", median(() => readProfiles(doc, "js"))],
    ["divergences (three readers + reasons)", median(() => divergences(doc))],
  ],
  anchor,
);
console.log(`  divergences found: ${divergences(doc).length} (one ' # workspace' comment per profile)`);

const small = configText(1_000);
const smallDoc = { toString: () => small };
console.log("1,000 profiles, median of 3 runs:");
const smallAnchor = median(() => ini.parse(small), 3);
report(
  [
    ["ini.parse (anchor)", smallAnchor],
    ["SDK: flattenIniObject(ini.parse)", median(() => sdkFlatten(ini.parse(small)), 3)],
    ["ours: readProfiles js", median(() => readProfiles(smallDoc, "js"), 3)],
  ],
  smallAnchor,
);
