import { describe, expect, it } from "vitest";
import { parseErrorBody } from "./parse-error-body.js";

function parse(status: number, body: string, contentType = "application/json", statusText = "") {
  return parseErrorBody({ status, statusText, contentType, body });
}

describe("parseErrorBody — reference §6.1 standard body", () => {
  it("reads error_code, message and the RequestInfo / RetryInfo details", () => {
    const body = JSON.stringify({
      error_code: "RESOURCE_DOES_NOT_EXIST",
      message: "Token with ID abc does not exist",
      details: [
        { "@type": "type.googleapis.com/google.rpc.RequestInfo", request_id: "req-123", serving_data: "" },
        { "@type": "type.googleapis.com/google.rpc.RetryInfo", retry_delay: "42.000000001s" },
        { "@type": "type.googleapis.com/google.rpc.Unknown", whatever: 1 },
      ],
    });
    expect(parse(404, body)).toEqual({
      errorCode: "RESOURCE_DOES_NOT_EXIST",
      message: "Token with ID abc does not exist",
      requestId: "req-123",
      retryDelayMs: 42001,
    });
  });
});

describe("parseErrorBody — every non-standard body of reference §6.2", () => {
  it("1. empty body: the reason phrase and a status-derived code", () => {
    expect(parse(404, "", "", "Not Found")).toEqual({ errorCode: "NOT_FOUND", message: "Not Found" });
    expect(parse(503, "  \n", "", "")).toEqual({ errorCode: "TEMPORARILY_UNAVAILABLE", message: "Service Unavailable" });
  });

  it("2. numeric error_code is treated as absent and falls back to the status", () => {
    expect(parse(403, '{"error_code": 403, "message": "Invalid access token."}')).toEqual({ errorCode: "PERMISSION_DENIED", message: "Invalid access token." });
    expect(parse(401, '{"error_code":401,"message":"Credential was not sent or was of an unsupported type for this API. [ReqId: r-9]"}')).toEqual({
      errorCode: "UNAUTHENTICATED",
      message: "Credential was not sent or was of an unsupported type for this API. [ReqId: r-9]",
    });
  });

  it("3. API 1.2 style {error}", () => {
    expect(parse(400, '{"error": "Missing required field: token_id"}')).toEqual({ errorCode: "BAD_REQUEST", message: "Missing required field: token_id" });
  });

  it('4. SCIM error: scimType + detail, code SCIM_<status>; detail "null" is an internal error', () => {
    const scim = { schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], detail: "User not found", status: "404", scimType: "invalidValue" };
    expect(parse(404, JSON.stringify(scim), "application/scim+json")).toEqual({ errorCode: "SCIM_404", message: "invalidValue User not found" });
    expect(parse(500, '{"detail":"null","status":"500"}')).toEqual({ errorCode: "SCIM_500", message: "SCIM API Internal Error" });
  });

  it("5. CODE: message text", () => {
    expect(parse(400, "MALFORMED_REQUEST: vpc_endpoints malformed parameters", "text/plain")).toEqual({
      errorCode: "MALFORMED_REQUEST",
      message: "vpc_endpoints malformed parameters",
    });
  });

  it("6. Jetty HTML page: the <pre> text, code from the status", () => {
    const html = [
      '<html><head><meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>',
      "<title>Error 403 Invalid access token.</title></head>",
      "<body><h2>HTTP ERROR 403</h2>",
      "<p>Problem accessing /api/2.0/token/list. Reason:<pre>    Invalid access token.</pre></p>",
      "</body></html>",
    ].join("\n");
    expect(parse(403, html, "text/html;charset=iso-8859-1")).toEqual({ errorCode: "PERMISSION_DENIED", message: "Invalid access token." });
  });

  it("6b. HTML without <pre> falls back to the <title>, then to the reason phrase", () => {
    expect(parse(502, "<html><title>Error 502 Bad Gateway</title></html>", "text/html")).toEqual({ errorCode: "HTTP_502", message: "Bad Gateway" });
    expect(parse(500, "<html><body>oops</body></html>", "text/html", "Server Error")).toEqual({ errorCode: "INTERNAL_ERROR", message: "Server Error" });
  });

  it("7. anything else: the raw text, truncated", () => {
    expect(parse(400, "Invalid Token", "text/plain")).toEqual({ errorCode: "BAD_REQUEST", message: "Invalid Token" });
    const long = "x".repeat(1000);
    const parsed = parse(502, long, "text/plain");
    expect(parsed.message.length).toBeLessThan(400);
    expect(parsed.message).toContain("700 more characters");
  });

  it("JSON that is not an object, or broken, is read as text", () => {
    expect(parse(500, '{"error_code": "INTERNAL_ERR', "application/json")).toEqual({ errorCode: "INTERNAL_ERROR", message: '{"error_code": "INTERNAL_ERR' });
    expect(parse(500, "[1,2]", "application/json")).toEqual({ errorCode: "INTERNAL_ERROR", message: "[1,2]" });
  });

  it("a JSON object with neither code nor message keeps the reason phrase", () => {
    expect(parse(429, "{}", "application/json", "Too Many Requests")).toEqual({ errorCode: "TOO_MANY_REQUESTS", message: "Too Many Requests" });
  });
});
