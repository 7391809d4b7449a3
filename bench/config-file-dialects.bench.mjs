// The three SDK dialect readers of @dbcfg/config-file on a 5,000-profile .databrickscfg, against
// the anchor `ini.parse` alone (the parser the JS SDK runs). Then the JS SDK's own flattening
// (quadratic) against ours on 1,000 profiles. Medians and ratios from one run.
import { createRequire } from "node:module";
import ini from "ini";
import { divergences, readProfiles } from "@dbcfg/config-file";
import { medianTime, unreadText } from "./measure.mjs";

const require = createRequire(import.meta.url);
const { flattenIniObject: sdkFlatten } = require("@databricks/sdk-experimental/dist/config/KnownConfigLoader.js");

const RUNS = 7;
const timeMs = (fn, runs = RUNS) => medianTime(fn, runs).ms;

function configText(profiles) {
  return Array.from(
    { length: profiles },
    (_, i) => `[profile-${i}]\nhost = https://adb-${i}.azuredatabricks.net/ # workspace ${i}\ntoken = t-${i}\nauth_type = pat\n`,
  ).join("\n");
}

function report(rows, anchor) {
  for (const [name, ms] of rows) console.log(`  ${name.padEnd(46)} ${ms.toFixed(1).padStart(8)} ms   ${(ms / anchor).toFixed(2)}× anchor`);
}

/** A new document on every call, each with a text no earlier call read (`unreadText`), made before the timed calls. */
function freshDocs(text, calls) {
  const docs = Array.from({ length: calls }, () => {
    const unread = unreadText(text);
    return { toString: () => unread, path: "/home/bench/.databrickscfg" };
  });
  let call = 0;
  return () => docs[call++];
}
/** `read(doc)` timed like `timeMs`, each call on a document never read before. */
const timeFreshMs = (text, read, runs = RUNS) => {
  const nextDoc = freshDocs(text, runs + 1);
  return timeMs(() => read(nextDoc()), runs);
};

const text = configText(5_000);
console.log(`5,000 profiles (${text.split("\n").length} lines), median of ${RUNS} runs, each on a text not read before:`);
const anchor = timeMs(() => ini.parse(text));
report(
  [
    ["ini.parse (anchor)", anchor],
    ["readProfiles go", timeFreshMs(text, (doc) => readProfiles(doc, "go"))],
    ["readProfiles python", timeFreshMs(text, (doc) => readProfiles(doc, "python"))],
    ["readProfiles js (ini.parse + flatten + lines)", timeFreshMs(text, (doc) => readProfiles(doc, "js"))],
    ["divergences (three readers + reasons)", timeFreshMs(text, (doc) => divergences(doc))],
  ],
  anchor,
);
console.log(`  divergences found: ${divergences({ toString: () => text }).length} (one ' # workspace' comment per profile)`);

const small = configText(1_000);
console.log("1,000 profiles, median of 3 runs:");
const smallAnchor = timeMs(() => ini.parse(small), 3);
report(
  [
    ["ini.parse (anchor)", smallAnchor],
    ["SDK: flattenIniObject(ini.parse)", timeMs(() => sdkFlatten(ini.parse(small)), 3)],
    ["ours: readProfiles js", timeFreshMs(small, (doc) => readProfiles(doc, "js"), 3)],
  ],
  smallAnchor,
);
