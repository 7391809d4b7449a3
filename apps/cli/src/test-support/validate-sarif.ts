import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import AjvDraft04Module from "ajv-draft-04";
import addFormatsModule from "ajv-formats";

// The official SARIF 2.1.0 JSON schema (a draft-04 schema), as Microsoft's own SARIF test
// matchers ship it; validated with ajv's draft-04 build.
const require = createRequire(import.meta.url);
const schemaPath = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
type AjvInstance = {
  compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown };
  errorsText(errors: unknown, options: { separator: string }): string;
};
const AjvDraft04 = AjvDraft04Module as unknown as new (options: object) => AjvInstance;
const addFormats = addFormatsModule as unknown as (ajv: AjvInstance) => AjvInstance;
// unicodeRegExp off: the official schema has a pattern (for `language`) that is invalid with the `u` flag.
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")) as object);

/** Validates a SARIF log against the official SARIF 2.1.0 schema; returns the ajv errors as text ("" when valid). */
export function sarifErrors(log: unknown): string {
  return validate(log) ? "" : ajv.errorsText(validate.errors, { separator: "\n" });
}
