import { VERSION } from "../version.js";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/**
 * A SARIF 2.1.0 log of one run of a dbcfg command (the envelope `doctor` and `scan` share): the
 * tool driver named `dbcfg <command>` with its rules, and the results.
 * Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
export function sarifLog(command: string, rules: readonly object[], results: readonly object[]): Record<string, unknown> {
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: `dbcfg ${command}`,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: `https://github.com/dbcfg/dbcfg#dbcfg-${command}`,
            rules,
          },
        },
        results,
      },
    ],
  };
}
