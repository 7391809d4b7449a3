import { createRequire } from "node:module";
import type * as Net from "node:net";

/**
 * `net.isIP`, with `node:net` loaded at the first call: it pulls in Node's stream machinery, and
 * the doctor loads this module at every start to read the CA variables.
 */
function isIP(text: string): number {
  return (createRequire(import.meta.url)("node:net") as typeof Net).isIP(text);
}

/** One `NO_PROXY` entry, parsed the way Go's httpproxy parses it. */
type NoProxyEntry =
  | { kind: "all"; text: string }
  | { kind: "cidr"; text: string; network: bigint; bits: number; family: 4 | 6 }
  | { kind: "ip"; text: string; ip: string; port: string }
  | { kind: "domain"; text: string; suffix: string; matchesApex: boolean; port: string };

/**
 * Parses `NO_PROXY` as golang.org/x/net/http/httpproxy (`config.init`) does: comma-separated,
 * trimmed, case-insensitive; `*` alone bypasses every host; `10.0.0.0/8` (CIDR) and `10.1.2.3`,
 * `[::1]:443` (IPs, optional port) match IP hosts only; `example.com` matches the domain and its
 * subdomains; `.example.com` and `*.example.com` match subdomains only; `host:port` also requires
 * the port (443 for an https URL without one). Malformed entries are ignored, as Go ignores them.
 */
export function parseNoProxy(value: string): NoProxyEntry[] {
  const entries: NoProxyEntry[] = [];
  for (const raw of value.split(",")) {
    const text = raw.trim().toLowerCase();
    if (text === "") continue;
    if (text === "*") return [{ kind: "all", text }];
    const cidr = parseCidr(text);
    if (cidr) {
      entries.push({ kind: "cidr", text, ...cidr });
      continue;
    }
    const { host, port } = splitHostPort(text);
    if (host === "") continue;
    if (isIP(host)) {
      entries.push({ kind: "ip", text, ip: canonicalIp(host), port });
      continue;
    }
    const name = host.startsWith("*.") ? host.slice(1) : host;
    const matchesApex = !name.startsWith(".");
    entries.push({ kind: "domain", text, suffix: matchesApex ? `.${name}` : name, matchesApex, port });
  }
  return entries;
}

/** The first entry that excludes `hostname:port` from proxying, as Go's `useProxy` decides. */
export function findNoProxyMatch(entries: readonly NoProxyEntry[], hostname: string, port: string): string | undefined {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  const ip = isIP(host) ? canonicalIp(host) : undefined;
  for (const entry of entries) {
    if (entry.kind === "all") return entry.text;
    if (entry.kind === "cidr" && ip !== undefined && inCidr(ip, entry)) return entry.text;
    if (entry.kind === "ip" && ip === entry.ip && (entry.port === "" || entry.port === port)) return entry.text;
    if (
      entry.kind === "domain" &&
      (host.endsWith(entry.suffix) || (entry.matchesApex && host === entry.suffix.slice(1))) &&
      (entry.port === "" || entry.port === port)
    )
      return entry.text;
  }
  return undefined;
}

/** `host:port`, `[v6]:port`, or a bare host (`net.SplitHostPort` semantics, falling back to the whole text). */
function splitHostPort(text: string): { host: string; port: string } {
  const bracketed = /^\[([^\]]*)\]:(\d*)$/.exec(text);
  if (bracketed) return { host: bracketed[1]!, port: bracketed[2]! };
  const plain = /^([^:[\]]*):(\d*)$/.exec(text);
  if (plain) return { host: plain[1]!, port: plain[2]! };
  return { host: text.replace(/^\[|\]$/g, ""), port: "" };
}

function parseCidr(text: string): { network: bigint; bits: number; family: 4 | 6 } | undefined {
  const match = /^(.+)\/(\d{1,3})$/.exec(text);
  if (!match) return undefined;
  const family = isIP(match[1]!);
  const bits = Number(match[2]);
  if (family === 0 || bits > (family === 4 ? 32 : 128)) return undefined;
  return { network: ipToBigInt(match[1]!), bits, family: family as 4 | 6 };
}

function inCidr(ip: string, cidr: { network: bigint; bits: number; family: 4 | 6 }): boolean {
  if (isIP(ip) !== cidr.family) return false;
  const width = cidr.family === 4 ? 32n : 128n;
  const shift = width - BigInt(cidr.bits);
  return ipToBigInt(ip) >> shift === cidr.network >> shift;
}

/** The IP as a number (IPv4 32 bits, IPv6 128 bits). */
function ipToBigInt(ip: string): bigint {
  if (isIP(ip) === 4) return ip.split(".").reduce((acc, part) => (acc << 8n) + BigInt(Number(part)), 0n);
  return expandIpv6(ip).reduce((acc, group) => (acc << 16n) + BigInt(parseInt(group, 16)), 0n);
}

/** Eight groups of an IPv6 address (an embedded dotted IPv4 tail becomes two groups). */
function expandIpv6(ip: string): string[] {
  let text = ip;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const n = ipToBigInt(v4[1]!);
    text = text.slice(0, -v4[1]!.length) + `${((n >> 16n) & 0xffffn).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...fill, ...right];
}

/** One spelling per address, so `::1` equals `0:0:0:0:0:0:0:1`. */
function canonicalIp(ip: string): string {
  return isIP(ip) === 4
    ? ip
    : expandIpv6(ip)
        .map((g) => parseInt(g, 16).toString(16))
        .join(":");
}
