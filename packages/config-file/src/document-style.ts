import type { ConfigLine } from "./config-line.js";
import type { LineEnding } from "./split-lines.js";

/** How the file writes things, so that new lines look like their neighbours. */
export interface DocumentStyle {
  eol: Exclude<LineEnding, "">;
  /** Text between key and value, e.g. `" = "` or `"="`. */
  separator: string;
}

/**
 * The file's most common line ending (default `\n`) and its most common spacing around `=`
 * (default `" = "`, what the Databricks CLI writes). Ties go to the first seen.
 */
export function findDocumentStyle(lines: readonly ConfigLine[]): DocumentStyle {
  const endings = new Map<string, number>();
  const separators = new Map<string, number>();
  for (const line of lines) {
    if (line.eol !== "") endings.set(line.eol, (endings.get(line.eol) ?? 0) + 1);
    if (line.kind === "entry" && line.delimiter === "=" && line.valueEnd > line.valueStart) {
      const separator = line.raw.slice(line.keyEnd, line.valueStart);
      if (/^[ \t]*=[ \t]*$/.test(separator) && !separator.includes("\t")) {
        separators.set(separator, (separators.get(separator) ?? 0) + 1);
      }
    }
  }
  return {
    eol: (mostCommon(endings) ?? "\n") as DocumentStyle["eol"],
    separator: mostCommon(separators) ?? " = ",
  };
}

function mostCommon(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
