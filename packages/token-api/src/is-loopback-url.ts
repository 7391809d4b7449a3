/**
 * True when `url` names a loopback host *as written*: `localhost`, an IPv4 address in
 * `127.0.0.0/8`, or `[::1]`. Decided from the URL text alone, never from what a name resolves to,
 * so a DNS answer cannot turn a remote host into "local" (RFC 6761 §6.3 reserves `localhost`;
 * RFC 1122 §3.2.1.3 reserves 127/8). Anything that does not parse as a URL is not loopback.
 */
export function isLoopbackUrl(url: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (hostname === "localhost" || hostname === "localhost." || hostname === "[::1]") return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
