import { EmulatorConfigError } from "./emulator-config-error.js";
import { Validator } from "./validate.js";

const check = new Validator("EMULATOR_INVALID_SEED");

/** An optional list of non-empty strings (scopes, addresses). */
export function normalizeStrings(value: unknown, where: string): string[] | undefined {
  if (value === undefined) return undefined;
  return check.array(value, where).map((entry, index) => {
    const text = check.string(entry, `${where}[${index}]`);
    if (text.trim() === "") check.fail(`${where}[${index}]`, "a non-empty string", text);
    return text.trim();
  });
}

export function knownPrincipal(value: unknown, where: string, principalNames: Set<string>): string {
  const name = check.string(value, where);
  if (!principalNames.has(name)) {
    // The unknown name is not quoted: a value in the wrong field may be a token.
    throw new EmulatorConfigError("EMULATOR_INVALID_SEED", `${where} is not a seeded user or service principal (known: ${[...principalNames].join(", ")})`);
  }
  return name;
}
