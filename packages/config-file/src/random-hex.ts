/**
 * `bytes` random bytes as lower-case hex, for temp and lock file names. Web Crypto is reached
 * through the global only when called, so merely loading this package (as `dbcfg doctor`
 * does) never loads Node's crypto module.
 */
export function randomHex(bytes: number): string {
  const buffer = globalThis.crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(buffer, (b) => b.toString(16).padStart(2, "0")).join("");
}
