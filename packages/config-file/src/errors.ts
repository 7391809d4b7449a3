import { redactSecrets } from "@dbcfg/pat";

/** Stable codes of `ConfigFileError`. */
export type ConfigFileErrorCode =
  | "is-directory"
  | "permission-denied"
  | "read-only"
  | "disk-full"
  | "parent-missing"
  | "lock-timeout"
  | "conflict"
  | "profile-not-found"
  | "edit-refused"
  | "not-a-regular-file"
  | "too-large"
  | "symlink-loop"
  | "io-error";

/**
 * Every failure of this package: a stable `code`, the `path` involved, a message that says what
 * went wrong and what to do, and the underlying error as `cause`. Messages pass through
 * `redactSecrets`, so no token can leak through an error.
 */
export class ConfigFileError extends Error {
  readonly code: ConfigFileErrorCode;
  readonly path: string | undefined;

  constructor(code: ConfigFileErrorCode, message: string, options: { path?: string; cause?: unknown } = {}) {
    super(redactSecrets(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ConfigFileError";
    this.code = code;
    this.path = options.path;
  }
}

/** Which SDK readers an unsafe value or name would be read differently by. */
export type ReaderName = "go" | "python" | "js";

/**
 * An edit that would make the SDKs read the file differently (or not at all), refused before
 * anything changed. `readers` names the SDK readers that would disagree; `reason` says why.
 */
export class EditRefusedError extends ConfigFileError {
  readonly reason: string;
  readonly readers: readonly ReaderName[];

  constructor(message: string, details: { reason: string; readers: readonly ReaderName[]; path?: string }) {
    super("edit-refused", message, { path: details.path });
    this.name = "EditRefusedError";
    this.reason = redactSecrets(details.reason);
    this.readers = details.readers;
  }
}

/** Another process held the file's lock for longer than the caller was willing to wait. */
export class LockTimeoutError extends ConfigFileError {
  readonly lockPath: string;
  readonly holderPid: number | undefined;

  constructor(message: string, details: { lockPath: string; holderPid?: number; path?: string }) {
    super("lock-timeout", message, { path: details.path });
    this.name = "LockTimeoutError";
    this.lockPath = details.lockPath;
    this.holderPid = details.holderPid;
  }
}
