/**
 * The base of dbcfg's own expected failures: a stable string `code` for scripts and tests, and a
 * message that says what went wrong and what to do next (never a secret: output is redacted, and
 * messages are written not to need it).
 */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}
