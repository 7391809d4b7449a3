/**
 * Loopback as written in a URL: `localhost`, any IPv4 address in 127.0.0.0/8, or `[::1]`. Decided
 * from the URL text alone (as the WHATWG URL parser normalises it), never by a DNS lookup, so a
 * name that merely resolves to 127.0.0.1 is not loopback here. RFC 6761 §6.3 reserves
 * `localhost`; RFC 1122 §3.2.1.3 reserves 127.0.0.0/8; RFC 4291 §2.5.3 defines ::1.
 */
export function isLoopbackHostname(hostname: string): boolean {
  const name = hostname.toLowerCase();
  return name === "localhost" || name === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

/**
 * The one place dbcfg allows plain `http://`: a URL whose host is loopback as written (a local
 * emulator, see {@link isLoopbackHostname}). Every other host must use `https://`, because a token
 * sent over plain HTTP can be read on the way. A string that is not a URL is not allowed.
 */
export function isLoopbackHttpAllowed(url: string | URL): boolean {
  let parsed: URL;
  try {
    parsed = typeof url === "string" ? new URL(url) : url;
  } catch {
    return false;
  }
  return parsed.protocol === "http:" && isLoopbackHostname(parsed.hostname);
}
