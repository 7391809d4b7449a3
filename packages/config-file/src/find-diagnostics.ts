import type { ConfigLine } from "./config-line.js";
import type { TextEncoding } from "./config-document.js";
import { diagnostic, type Diagnostic } from "./diagnostic.js";
import { findSemanticDiagnostics } from "./find-semantic-diagnostics.js";
import { findStructureDiagnostics } from "./find-structure-diagnostics.js";

/** Structure, syntax and meaning diagnostics of a document, sorted by line and column. */
export function findDiagnostics(lines: readonly ConfigLine[], encoding: TextEncoding): Diagnostic[] {
  const found = [...findStructureDiagnostics(lines), ...findSemanticDiagnostics(lines)];
  if (encoding === "latin1") {
    found.push(
      diagnostic(
        "invalid-utf8",
        "error",
        "The file is not valid UTF-8. Python fails with UnicodeDecodeError and the JS SDK reads replacement characters. Re-save the file as UTF-8; dbcfg keeps its bytes unchanged when editing it.",
        1,
        1,
      ),
    );
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}
