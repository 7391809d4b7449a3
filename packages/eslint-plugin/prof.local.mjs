import { readFileSync } from "node:fs";
import { DIALECTS } from "./dist/text/dialect.js";
import { scanLexed } from "./dist/text/scan.js";
const text = readFileSync(process.argv[2], "utf8");
for (let i = 0; i < 5; i++) { const s = performance.now(); const l = DIALECTS.python.lex(text); const m = performance.now(); scanLexed(l, text); console.log((m - s).toFixed(0), (performance.now() - m).toFixed(0), l.pieces.length, l.groups.length); }
