import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";

const schemaPath = fileURLToPath(new URL("../../../test/fixtures/doctor/sarif/sarif-2.1.0-subset.schema.json", import.meta.url));
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")) as object);

/** Validates a SARIF log against the 2.1.0 subset schema; returns the ajv errors as text ("" when valid). */
export function sarifErrors(log: unknown): string {
  return validate(log) ? "" : ajv.errorsText(validate.errors, { separator: "\n" });
}
