/** Stable codes of {@link EmulatorConfigError}. */
export type EmulatorConfigErrorCode = "EMULATOR_INVALID_SEED" | "EMULATOR_INVALID_FAULT" | "EMULATOR_INVALID_OPTIONS";

/**
 * Thrown for a bad seed, fault or option. The message names the offending field
 * (`seed.users[1].userName …`) and never contains a token value.
 */
export class EmulatorConfigError extends Error {
  readonly code: EmulatorConfigErrorCode;

  constructor(code: EmulatorConfigErrorCode, message: string) {
    super(message);
    this.name = "EmulatorConfigError";
    this.code = code;
  }
}
