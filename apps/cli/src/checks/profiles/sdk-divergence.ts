import { divergences, DIALECTS, type Dialect } from "@dbcfg/config-file";
import type { GlobalCheck } from "../../doctor/engine/types.js";
import { UNPARSABLE_LINES_LISTED } from "../unparsable-lines.js";

const NAMES: Record<Dialect, string> = { go: "Go", python: "Python", js: "JS" };

/** Lines the Go CLI, the Python SDK and the JS SDK read differently, from the `@dbcfg/config-file` dialect readers. */
export const sdkDivergence: GlobalCheck = {
  id: "sdk-divergence",
  title: "Same file, different readings per SDK",
  group: "profiles",
  help: "Reads the file as the Go CLI/SDK (gopkg.in/ini.v1), the Python SDK (configparser) and the JS SDK (npm ini) do, and lists every key they read differently (quotes, inline comments, # or ; in values, key case, indented lines) or a file one of them cannot parse at all: one file can work in the CLI and fail in a notebook.",
  requires: [],
  online: false,
  scope: "global",
  run({ input }) {
    if (input.file.kind !== "file") return [{ status: "skip", message: "Skipped: there is no config file." }];
    const file = input.configPath.path;
    const found = divergences(input.doc).map((d) => {
      const location = d.location ? { file, line: d.location.line, column: d.location.column } : undefined;
      if (d.key === "")
        return {
          status: "warn" as const,
          message: d.reason,
          fix: `Fix the line the failing SDK names: ${UNPARSABLE_LINES_LISTED}.`,
          ...(location ? { location } : {}),
        };
      const readings = DIALECTS.map(
        (dialect) => `${NAMES[dialect]} reads ${d.values[dialect] === undefined ? "nothing" : JSON.stringify(d.values[dialect])}`,
      ).join(", ");
      return {
        status: "warn" as const,
        message: `[${d.profile}] "${d.key}"${d.location ? ` (line ${d.location.line})` : ""}: ${readings}. ${d.reason}`,
        fix: "Write the line so that every SDK reads it alike: no quotes, comments on their own line, no leading spaces, lower-case keys.",
        ...(location ? { location } : {}),
        ...(d.profile !== "" ? { profile: d.profile } : {}),
      };
    });
    return found.length > 0 ? found : [{ status: "pass", message: "Go, Python and JS read every value the same way." }];
  },
};
