const LOOPBACK_HOSTNAMES = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * `http://127.0.0.1:PORT`, `http://localhost`, `http://[::1]`: plain HTTP that never leaves the
 * machine — a local emulator. dbcfg accepts http only there; every real host must use https.
 */
export function isLoopbackHttp(host: string | undefined): boolean {
  if (host === undefined) return false;
  try {
    const url = new URL(host);
    return url.protocol === "http:" && LOOPBACK_HOSTNAMES.has(url.hostname);
  } catch {
    return false;
  }
}
