import { EmulatorConfigError, type EmulatorConfigErrorCode } from "./emulator-config-error.js";

/** Small zod-free checks for seeds, faults and options; each names the field it rejects. */
export class Validator {
  constructor(private readonly code: EmulatorConfigErrorCode) {}

  fail(where: string, expected: string, value: unknown): never {
    throw new EmulatorConfigError(this.code, `${where} must be ${expected}, got ${describe(value)}`);
  }

  record(value: unknown, where: string): Record<string, unknown> {
    if (typeof value !== "object" || value === null || Array.isArray(value)) this.fail(where, "an object", value);
    return value as Record<string, unknown>;
  }

  array(value: unknown, where: string): unknown[] {
    if (!Array.isArray(value)) this.fail(where, "an array", value);
    return value;
  }

  string(value: unknown, where: string): string {
    if (typeof value !== "string" || value.length === 0) this.fail(where, "a non-empty string", value);
    return value;
  }

  /** Any string, the empty one included (a fault's raw body may be empty on purpose). */
  anyString(value: unknown, where: string): string {
    if (typeof value !== "string") this.fail(where, "a string", value);
    return value;
  }

  optionalString(value: unknown, where: string): string | undefined {
    return value === undefined ? undefined : this.string(value, where);
  }

  optionalBoolean(value: unknown, where: string): boolean | undefined {
    if (value !== undefined && typeof value !== "boolean") this.fail(where, "true or false", value);
    return value as boolean | undefined;
  }

  optionalInteger(value: unknown, where: string, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min || value > max) {
      this.fail(where, `an integer from ${min} to ${max}`, value);
    }
    return value;
  }

  /** Rejects keys the caller did not expect, so a typo in a seed or fault is not silently ignored. */
  knownKeys(value: Record<string, unknown>, where: string, keys: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) {
        throw new EmulatorConfigError(this.code, `${where} has unknown field "${key}" (known: ${keys.join(", ")})`);
      }
    }
  }
}

/** Describes a rejected value by its type and, for short non-secret scalars, its value. */
function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value.length === 0 ? "an empty string" : `a string of ${value.length} characters`;
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${String(value)}`;
  return typeof value;
}
