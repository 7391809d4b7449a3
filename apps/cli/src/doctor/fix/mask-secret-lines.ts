import type { ConfigDocument, ConfigLine } from "@dbcfg/config-file";
import { holdsSecretShapedWord, isSecretFieldName, redact, redactSecretValue } from "@dbcfg/pat";

/** One line as a diff may show it: a secret key's value masked, and so are the lines Python appends to it and stray token pieces. */
function maskLine(line: ConfigLine, lines: readonly ConfigLine[]): string {
  if (line.kind === "entry" && isSecretFieldName(line.key) && line.value !== "")
    return line.raw.slice(0, line.valueStart) + redactSecretValue(line.value) + line.raw.slice(line.valueEnd);
  if (line.kind === "continuation") {
    const owner = lines[line.ownerLine - 1];
    if (owner?.kind === "entry" && isSecretFieldName(owner.key)) return line.raw.slice(0, line.indent) + redact(line.raw.trim());
  }
  if ((line.kind === "continuation" || (line.kind === "invalid" && line.reason === "missing-delimiter")) && holdsSecretShapedWord(line.raw))
    return line.raw.slice(0, line.raw.length - line.raw.trimStart().length) + redact(line.raw.trim());
  return line.raw;
}

/**
 * The text of `doc` with every secret masked line by line (the same number of lines, so a diff of
 * two masked texts has the hunks of the real one): the values of secret keys, the indented lines
 * Python appends to them (the second half of a wrapped token) and lines that hold only a token piece.
 */
export function maskSecretLines(doc: Pick<ConfigDocument, "lines">): string {
  const { lines } = doc;
  const ending = lines.at(-1)?.eol ? "\n" : "";
  return lines.map((line) => maskLine(line, lines)).join("\n") + ending;
}
