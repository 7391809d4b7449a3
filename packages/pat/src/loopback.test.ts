import { describe, expect, it } from "vitest";
import { isLoopbackHostname, isLoopbackHttpAllowed, isLoopbackUrl } from "./loopback.js";

describe("isLoopbackHttpAllowed", () => {
  it.each(["http://localhost", "http://LOCALHOST:8080/x", "http://127.0.0.1:9", "http://127.255.3.4", "http://[::1]:3000"])("allows %s", (url) => {
    expect(isLoopbackHttpAllowed(url)).toBe(true);
  });

  it.each([
    ["https://localhost", "https is not plain http"],
    ["http://128.0.0.1", "outside 127.0.0.0/8"],
    ["http://localhost.example.com", "a name that only starts like localhost"],
    ["http://127.0.0.1.nip.io", "a DNS name that resolves to loopback is not loopback as written"],
    ["http://[::2]", "another IPv6 address"],
    ["http://dbc-1.cloud.databricks.com", "a real host"],
    ["not a url", "not a URL"],
  ])("refuses %s (%s)", (url) => {
    expect(isLoopbackHttpAllowed(url)).toBe(false);
  });

  it("takes a parsed URL too, and judges host names alone", () => {
    expect(isLoopbackHttpAllowed(new URL("http://127.0.0.1:1/api"))).toBe(true);
    expect(isLoopbackHostname("localhost")).toBe(true);
    expect(isLoopbackHostname("10.0.0.1")).toBe(false);
  });
});

describe("isLoopbackUrl", () => {
  it.each(["http://localhost", "http://LOCALHOST:8080/x", "http://127.0.0.1:1", "http://127.255.3.4", "http://[::1]:9/", "https://localhost."])(
    "accepts %s, a loopback host written as such",
    (url) => expect(isLoopbackUrl(url)).toBe(true),
  );

  it.each([
    "http://localhost.example.com",
    "http://127.0.0.1.nip.io",
    "http://10.0.0.1",
    "http://[::2]",
    "http://[::ffff:127.0.0.1]",
    "http://adb-1.2.azuredatabricks.net",
    "http://0.0.0.0",
    "not a url",
    "",
  ])("refuses %s: the URL text does not name loopback, whatever DNS says", (url) => expect(isLoopbackUrl(url)).toBe(false));
});
