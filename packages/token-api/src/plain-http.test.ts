import { describe, expect, it } from "vitest";
import { TokenApiArgumentError } from "./api-error.js";
import { createTokenClient } from "./create-token-client.js";
import { fakePat } from "@dbcfg/pat/testing";

describe("a credential never travels over plain HTTP to a remote host", () => {
  it.each(["http://adb-1.2.azuredatabricks.net", "http://example.com:8080/x", "http://localhost.evil.example", "http://10.1.2.3"])(
    "refuses %s before any request, saying what to write instead",
    (host) => {
      const token = fakePat();
      let sent = 0;
      const fetch = (() => {
        sent++;
        return Promise.resolve(new Response("{}"));
      }) as typeof globalThis.fetch;
      let error: unknown;
      try {
        createTokenClient({ host, token, fetch });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(TokenApiArgumentError);
      expect((error as Error).message).toMatch(/plain http:\/\/.*write https:\/\//);
      expect((error as Error).message).not.toContain(token);
      expect(sent).toBe(0);
    },
  );

  it("accepts http:// to loopback addresses written as such", () => {
    for (const host of ["http://localhost:1", "http://127.0.0.2:9", "http://[::1]:9"]) {
      expect(createTokenClient({ host, token: fakePat() }).host).toBe(host);
    }
  });
});
