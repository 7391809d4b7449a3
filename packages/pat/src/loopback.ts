/**
 * Loopback as written in a URL: `localhost` (also with the root dot), any IPv4 address in
 * 127.0.0.0/8, or `[::1]`. Decided from the URL text alone (as the WHATWG URL parser normalises
 * it), never by a DNS lookup, so a name that merely resolves to 127.0.0.1 is not loopback here.
 * RFC 6761 §6.3 reserves `localhost`; RFC 1122 §3.2.1.3 reserves 127.0.0.0/8; RFC 4291 §2.5.3
 * defines ::1. This is the one rule every dbcfg package uses to decide where a token may travel
 * over plain `http://`.
 */
export function isLoopbackHostname(hostname: string): boolean {
  const name = hostname.toLowerCase();
  return name === "localhost" || name === "localhost." || name === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

/** True when `url` (any scheme) names a loopback host as written; a string that is not a URL is not. */
export function isLoopbackUrl(url: string | URL): boolean {
  try {
    return isLoopbackHostname((typeof url === "string" ? new URL(url) : url).hostname);
  } catch {
    return false;
  }
}

/**
 * The one place dbcfg allows plain `http://`: a URL whose host is loopback as written (a local
 * emulator). Every other host must use `https://`, because a token sent over plain HTTP can be
 * read on the way.
 */
export function isLoopbackHttpAllowed(url: string | URL): boolean {
  try {
    const parsed = typeof url === "string" ? new URL(url) : url;
    return parsed.protocol === "http:" && isLoopbackHostname(parsed.hostname);
  } catch {
    return false;
  }
}
