import type { CheckOutcome, GlobalCheck } from "../../doctor/engine/types.js";

/** BOMs, UTF-16, invalid UTF-8, NUL bytes and mixed line endings (PowerShell 5 and Windows editors). */
export const configFileEncoding: GlobalCheck = {
  id: "config-file-encoding",
  title: "Config file encoding",
  group: "file",
  help: "The SDKs expect UTF-8 without a byte-order mark. Python's configparser fails on a BOM (MissingSectionHeaderError), UTF-16 (PowerShell 5's default) is unreadable everywhere, and NUL bytes or invalid UTF-8 corrupt values.",
  requires: ["config-file-path"],
  online: false,
  scope: "global",
  run({ input }) {
    if (input.file.kind !== "file") return [{ status: "skip", message: "Skipped: there is no config file." }];
    const { bom, invalidUtf8, nulLine, crlf, lf } = input.decoded;
    const file = input.configPath.path;
    const outcomes: CheckOutcome[] = [];
    const rewrite = "Re-save the file as UTF-8 without BOM (e.g. in PowerShell: Set-Content -Encoding utf8NoBOM).";
    if (bom === "utf-16le" || bom === "utf-16be") {
      outcomes.push({
        status: "fail",
        message: `The file is ${bom.toUpperCase()} encoded; the Go CLI skips the BOM but reads garbage, Python and JS cannot parse it.`,
        fix: rewrite,
        location: { file, line: 1, column: 1 },
      });
    } else if (bom === "utf-8") {
      outcomes.push({
        status: "warn",
        message: "The file starts with a UTF-8 byte-order mark: Go strips it, but the Python SDK fails with MissingSectionHeaderError.",
        fix: rewrite,
        location: { file, line: 1, column: 1 },
      });
    }
    if (invalidUtf8) outcomes.push({ status: "fail", message: "The file is not valid UTF-8; some bytes will be read as U+FFFD.", fix: rewrite });
    if (nulLine !== undefined)
      outcomes.push({
        status: "fail",
        message: `Line ${nulLine} contains a NUL byte; the file is probably corrupted or binary.`,
        fix: "Remove the NUL bytes, or recreate the file with `dbcfg configure`.",
        location: { file, line: nulLine, column: 1 },
      });
    if (crlf > 0 && lf > 0)
      outcomes.push({
        status: "warn",
        message: `The file mixes CRLF (${crlf}) and LF (${lf}) line endings.`,
        fix: "Convert the file to one line ending (dos2unix ~/.databrickscfg).",
      });
    return outcomes.length > 0 ? outcomes : [{ status: "pass", message: "UTF-8 without BOM, consistent line endings." }];
  },
};
