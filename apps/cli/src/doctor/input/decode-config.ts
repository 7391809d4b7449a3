/** The config file's bytes as text, plus what was odd about its encoding. */
export interface DecodedConfig {
  /** Text without a byte-order mark; invalid UTF-8 replaced by U+FFFD. */
  text: string;
  bom: "utf-8" | "utf-16le" | "utf-16be" | undefined;
  invalidUtf8: boolean;
  /** 1-based line of the first NUL character, if any. */
  nulLine: number | undefined;
  /** Counts of line endings, to spot files mixing CRLF and LF. */
  crlf: number;
  lf: number;
}

/** Decodes config bytes the forgiving way, recording each encoding problem for `config-file-encoding`. */
export function decodeConfigBytes(bytes: Buffer): DecodedConfig {
  let bom: DecodedConfig["bom"];
  let text: string;
  let invalidUtf8 = false;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bom = "utf-8";
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) bom = "utf-16le";
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) bom = "utf-16be";
  if (bom === "utf-16le" || bom === "utf-16be") {
    text = new TextDecoder(bom).decode(bytes.subarray(2));
  } else {
    const body = bom === "utf-8" ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    } catch {
      invalidUtf8 = true;
      text = new TextDecoder("utf-8").decode(body);
    }
  }
  const nul = text.indexOf("\u0000");
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  return {
    text,
    bom,
    invalidUtf8,
    nulLine: nul < 0 ? undefined : text.slice(0, nul).split("\n").length,
    crlf,
    lf,
  };
}
