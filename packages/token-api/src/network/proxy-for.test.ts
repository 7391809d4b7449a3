import { describe, expect, it } from "vitest";
import { proxyFor } from "./proxy-for.js";
import { ProxyConfigError } from "./proxy-url.js";

const PROXY = "http://proxy.corp:3128";

/** [url, NO_PROXY, expected: "proxy" or the excluding entry] — Go's httpproxy rules. */
export const NO_PROXY_MATRIX: readonly [string, string, string][] = [
  ["https://adb-1.2.azuredatabricks.net", "", "proxy"],
  ["https://adb-1.2.azuredatabricks.net", "*", '"*"'],
  ["https://adb-1.2.azuredatabricks.net", "azuredatabricks.net", '"azuredatabricks.net"'],
  ["https://azuredatabricks.net", "azuredatabricks.net", '"azuredatabricks.net"'],
  ["https://adb-1.2.azuredatabricks.net", ".azuredatabricks.net", '".azuredatabricks.net"'],
  ["https://azuredatabricks.net", ".azuredatabricks.net", "proxy"],
  ["https://adb-1.2.azuredatabricks.net", "*.azuredatabricks.net", '"*.azuredatabricks.net"'],
  ["https://azuredatabricks.net", "*.azuredatabricks.net", "proxy"],
  ["https://notazuredatabricks.net", "azuredatabricks.net", "proxy"],
  ["https://ADB-1.2.AzureDatabricks.net", "AZUREDATABRICKS.NET", '"azuredatabricks.net"'],
  ["https://dbc-1.cloud.databricks.com", " other.example , dbc-1.cloud.databricks.com ", '"dbc-1.cloud.databricks.com"'],
  ["https://dbc-1.cloud.databricks.com", "dbc-1.cloud.databricks.com:443", '"dbc-1.cloud.databricks.com:443"'],
  ["https://dbc-1.cloud.databricks.com", "dbc-1.cloud.databricks.com:8443", "proxy"],
  ["https://dbc-1.cloud.databricks.com:8443", "dbc-1.cloud.databricks.com:8443", '"dbc-1.cloud.databricks.com:8443"'],
  ["https://10.1.2.3", "10.1.2.3", '"10.1.2.3"'],
  ["https://10.1.2.3", "10.0.0.0/8", '"10.0.0.0/8"'],
  ["https://11.1.2.3", "10.0.0.0/8", "proxy"],
  ["https://10.1.2.3:8443", "10.1.2.3:443", "proxy"],
  ["https://[2001:db8::1]", "2001:db8::/32", '"2001:db8::/32"'],
  ["https://[2001:db8::1]", "[2001:db8:0:0:0:0:0:1]:443", '"[2001:db8:0:0:0:0:0:1]:443"'],
  ["https://[2001:db9::1]", "2001:db8::/32", "proxy"],
  ["https://dbc-1.cloud.databricks.com", ",,not a host/99,", "proxy"],
];

describe("proxyFor (Go's golang.org/x/net/http/httpproxy rules)", () => {
  it.each(NO_PROXY_MATRIX)("%s with NO_PROXY=%j → %s", (url, noProxy, expected) => {
    const decision = proxyFor(url, { HTTPS_PROXY: PROXY, NO_PROXY: noProxy });
    if (expected === "proxy") expect(decision).toEqual({ proxyUrl: `${PROXY}/`, maskedUrl: PROXY, source: "HTTPS_PROXY" });
    else expect(decision).toEqual({ excludedBy: `NO_PROXY entry ${expected}`, maskedUrl: PROXY, source: "HTTPS_PROXY" });
  });

  it("never proxies localhost or loopback addresses, whatever NO_PROXY says", () => {
    for (const url of ["https://localhost:8443", "https://127.0.0.1", "https://127.9.9.9:1", "https://[::1]:443", "http://localhost"]) {
      expect(proxyFor(url, { HTTPS_PROXY: PROXY, HTTP_PROXY: PROXY })).toMatchObject({ excludedBy: expect.stringContaining("is a loopback host") });
    }
  });

  it("uses HTTPS_PROXY for https: and HTTP_PROXY for http:, with no fallback from one to the other", () => {
    expect(proxyFor("https://h.example", { HTTP_PROXY: PROXY })).toBeUndefined();
    expect(proxyFor("http://h.example", { HTTPS_PROXY: PROXY })).toBeUndefined();
    expect(proxyFor("http://h.example", { HTTP_PROXY: PROXY })).toMatchObject({ source: "HTTP_PROXY" });
    expect(proxyFor("https://h.example", {})).toBeUndefined();
  });

  it("UPPER case wins over lower case (Go), and an empty value counts as unset", () => {
    const both = { HTTPS_PROXY: "http://upper:1", https_proxy: "http://lower:2", NO_PROXY: "", no_proxy: "h.example" };
    expect(proxyFor("https://h.example", both)).toMatchObject({ excludedBy: 'no_proxy entry "h.example"', source: "HTTPS_PROXY", maskedUrl: "http://upper:1" });
    expect(proxyFor("https://h.example", { HTTPS_PROXY: "", https_proxy: "http://lower:2" })).toMatchObject({ source: "https_proxy" });
    expect(proxyFor("https://h.example", { https_proxy: "http://lower:2", NO_PROXY: "other", no_proxy: "h.example" })).toMatchObject({
      proxyUrl: "http://lower:2/",
    });
  });

  it("reads a proxy without a scheme as http:// (Go's parseProxy) and masks the password", () => {
    expect(proxyFor("https://h.example", { HTTPS_PROXY: "proxy.corp:3128" })).toEqual({
      proxyUrl: "http://proxy.corp:3128/",
      maskedUrl: "http://proxy.corp:3128",
      source: "HTTPS_PROXY",
    });
    const password = "pw-" + "x".repeat(6);
    const decision = proxyFor("https://h.example", { HTTPS_PROXY: `http://alice:${password}@proxy.corp:3128` });
    expect(decision).toMatchObject({ maskedUrl: "http://alice:***@proxy.corp:3128" });
    expect(JSON.stringify({ ...decision, proxyUrl: undefined })).not.toContain(password);
  });

  it("throws a ProxyConfigError naming the variable, masked, for a malformed or unsupported proxy URL", () => {
    const password = "pw-" + "y".repeat(6);
    expect(() => proxyFor("https://h.example", { https_proxy: `http://bob:${password}@bad host:1` })).toThrow(ProxyConfigError);
    try {
      proxyFor("https://h.example", { https_proxy: `http://bob:${password}@bad host:1` });
    } catch (error) {
      expect((error as Error).message).toBe("https_proxy=http://bob:***@bad host:1 is not a proxy URL; write it as http://host:port");
    }
    expect(() => proxyFor("https://h.example", { HTTPS_PROXY: "socks5://proxy.corp:1080" })).toThrow(
      "HTTPS_PROXY=socks5://proxy.corp:1080 uses socks5://, which dbcfg cannot use; write an http:// or https:// proxy URL",
    );
  });
});
