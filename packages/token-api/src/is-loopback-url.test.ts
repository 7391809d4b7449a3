import { describe, expect, it } from "vitest";
import { isLoopbackUrl } from "./is-loopback-url.js";

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
