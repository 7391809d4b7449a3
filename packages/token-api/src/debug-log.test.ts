import { describe, expect, it } from "vitest";
import { formatRoundTrip, redactJson } from "./debug-log.js";
import { createSecretMasker } from "./secret-masker.js";
import { fakePat } from "@dbcfg/pat/testing";

describe("formatRoundTrip", () => {
  const token = fakePat();
  const other = fakePat();
  const mask = createSecretMasker([token]);

  it("prints the SDK-style round trip and redacts credential headers whatever their case", () => {
    const text = formatRoundTrip(
      {
        method: "POST",
        path: "/api/2.0/token/create",
        requestHeaders: { Authorization: `Bearer ${token}`, "x-DATABRICKS-azure-SP-management-token": other, "User-Agent": "ua\r\nInjected: 1" },
        requestBody: { comment: "ci", lifetime_seconds: 60 },
        status: 200,
        statusText: "OK",
        responseHeaders: new Headers({ "Set-Cookie": `session=${other}`, "X-Request-Id": "r1" }),
        responseText: `{"token_value":"${other}","token_info":{"token_id":"abc","creation_time":9007199254740993}}`,
      },
      { log: () => undefined, headers: true },
      mask,
    );
    expect(text.split("\n")).toEqual([
      "POST /api/2.0/token/create",
      "> * Authorization: REDACTED",
      "> * x-DATABRICKS-azure-SP-management-token: REDACTED",
      "> * User-Agent: uaInjected: 1",
      '> {"comment":"ci","lifetime_seconds":60}',
      "< HTTP/1.1 200 OK",
      "< * set-cookie: REDACTED",
      "< * x-request-id: r1",
      '< {"token_info":{"creation_time":"9007199254740993","token_id":"abc"},"token_value":"***"}',
    ]);
    expect(text).not.toContain(token);
    expect(text).not.toContain(other);
  });

  it("leaves headers out unless asked, and masks secrets in text bodies and failures", () => {
    const text = formatRoundTrip(
      {
        method: "GET",
        path: "/api/2.0/token/list",
        requestHeaders: { authorization: `Bearer ${token}` },
        status: 403,
        statusText: "Forbidden",
        responseText: `<html><pre>bad token ${other} / ${token}</pre></html>`,
      },
      { log: () => undefined },
      mask,
    );
    expect(text).not.toMatch(/authorization/i);
    expect(text).not.toContain(token);
    expect(text).not.toContain(other);
    const failed = formatRoundTrip({ method: "GET", path: "/x", requestHeaders: {}, failure: `network: echo ${token}` }, { log: () => undefined }, mask);
    expect(failed).toBe("GET /x\n< network: echo dapi…" + token.slice(-4));
  });

  it("hides a credential that is not PAT-shaped (e.g. an OAuth token) because the masker knows it", () => {
    const oauth = "opaque-oauth-credential-value-42";
    const text = formatRoundTrip(
      { method: "GET", path: "/x", requestHeaders: {}, status: 500, responseText: `echo: ${oauth}` },
      { log: () => undefined },
      createSecretMasker([oauth]),
    );
    expect(text).not.toContain(oauth);
  });
});

describe("redactJson", () => {
  it("replaces token_value, token, password, access_token and client_secret at any depth, case-insensitively", () => {
    const secret = fakePat();
    const value = {
      token_value: secret,
      nested: [{ TOKEN: secret, Password: "hunter2", access_token: "eyJabc", client_secret: "s", keep: "visible" }],
      empty: { token: "" },
    };
    expect(redactJson(value)).toEqual({
      empty: { token: "" },
      nested: [{ Password: "***", TOKEN: "***", access_token: "***", client_secret: "***", keep: "visible" }],
      token_value: "***",
    });
  });

  it("cuts long strings", () => {
    expect(redactJson({ comment: "a".repeat(100) }, 10)).toEqual({ comment: "aaaaaaaaaa... (90 more bytes)" });
  });
});

describe("formatRoundTrip on a body cut off inside a secret", () => {
  it("shows no part of the cut-off token value", () => {
    const secret = fakePat();
    for (const cut of [10, 20, 30, 40]) {
      const body = `{"token_value":"${secret}","token_info":{}}`.slice(0, 16 + cut);
      const text = formatRoundTrip(
        { method: "POST", path: "/c", requestHeaders: {}, status: 200, responseText: body },
        { log: () => undefined },
        createSecretMasker([]),
      );
      expect(text).not.toContain(secret.slice(4, 12));
    }
  });
});
