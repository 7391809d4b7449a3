import { describe, expect, it } from "vitest";
import { LineLocator } from "./line-locator.js";
import { readProfiles } from "./read-profiles.js";
import { sampleConfigTexts } from "./test-support/config-text-arbitrary.js";
import { doc } from "./test-support/doc.js";
import { DIALECTS } from "./types.js";

/** The text from a location to the end, so a Go key that runs past a lone \r can be checked too. */
function textFrom(text: string, line: number, column: number): string {
  const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
  const bom = line === 1 && text.startsWith("\ufeff") ? 1 : 0;
  return lines
    .slice(line - 1)
    .join("")
    .slice(column - 1 + bom);
}

describe("locations", () => {
  it("LineLocator counts \\n, \\r\\n and a lone \\r as line ends, and gives a BOM no column", () => {
    const locator = new LineLocator("\ufeffa\r\nb\rc\nd");
    expect([0, 1, 4, 6, 8].map((offset) => locator.locate(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
    expect([1, 2, 3, 4].map((line) => locator.lineText(line))).toEqual(["\ufeffa", "b", "c", "d"]);
    expect(locator.lineCount).toBe(4);
  });

  it("locates every key every dialect reads, on a line that holds the key (600 generated files)", () => {
    let checked = 0;
    for (const text of sampleConfigTexts(600, 42)) {
      const locator = new LineLocator(text);
      for (const dialect of DIALECTS) {
        const result = readProfiles(doc(text), dialect);
        if ("error" in result) continue;
        for (const [profile, keys] of Object.entries(result.profiles)) {
          for (const key of Object.keys(keys)) {
            const location = result.locations[profile]?.[key];
            expect(location, `${dialect} ${profile}/${key} in ${JSON.stringify(text)}`).toBeDefined();
            const line = locator.lineText(location!.line);
            const rest = textFrom(text, location!.line, location!.column);
            if (dialect === "python")
              expect(rest.toLowerCase().startsWith(key) || key === "", `${dialect} ${JSON.stringify([profile, key, line, location])}`).toBe(true);
            if (dialect === "go" && !/^#\d+$/.test(key))
              expect(rest.replace(/^["`]+/, "").startsWith(key), `${dialect} ${JSON.stringify([profile, key, line, location])}`).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
