import { describe, expect, it } from "vitest";
import { parseIpAclDenial, parseScopeDenial } from "./access-denial.js";

describe("parseIpAclDenial", () => {
  it("reads the address and the workspace id, with or without a request id", () => {
    expect(parseIpAclDenial("Source IP address: 75.125.237.108 is blocked by Databricks IP ACL for workspace: 7474646471015793 [ReqId: d3]")).toEqual({
      address: "75.125.237.108",
      workspaceId: "7474646471015793",
    });
    expect(parseIpAclDenial("Source IP address: 2001:db8::1 is blocked by Databricks IP ACL")).toEqual({ address: "2001:db8::1" });
  });

  it("returns undefined for other messages", () => {
    expect(parseIpAclDenial("Invalid access token.")).toBeUndefined();
  });
});

describe("parseScopeDenial", () => {
  it("lists the required scopes, dropping a trailing request id", () => {
    expect(parseScopeDenial("Provided access token does not have required scopes: sql")).toEqual(["sql"]);
    expect(parseScopeDenial("Provided OAuth token does not have required scopes: genie [ReqId: ab357ea5-1]")).toEqual(["genie"]);
    expect(parseScopeDenial("Provided access token does not have required scopes: sql, unity-catalog")).toEqual(["sql", "unity-catalog"]);
  });

  it("returns undefined for other messages", () => {
    expect(parseScopeDenial("User does not have permission to use tokens.")).toBeUndefined();
  });
});
