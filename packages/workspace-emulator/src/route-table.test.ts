import { describe, expect, it } from "vitest";
import { findPublicRoute, findRoute, PUBLIC_ROUTES, ROUTES } from "./route-table.js";

describe("route table", () => {
  it("holds exactly the emulated operations plus the /preview token-management aliases", () => {
    expect(ROUTES.map((route) => `${route.method} ${route.pattern}`).sort()).toEqual(
      [
        "POST /api/2.0/token/create",
        "GET /api/2.0/token/list",
        "POST /api/2.0/token/delete",
        "PATCH /api/2.0/token/:tokenId",
        "GET /api/2.0/token-management/tokens",
        "GET /api/2.0/token-management/tokens/:tokenId",
        "DELETE /api/2.0/token-management/tokens/:tokenId",
        "POST /api/2.0/token-management/on-behalf-of/tokens",
        "GET /api/2.0/preview/token-management/tokens",
        "GET /api/2.0/preview/token-management/tokens/:tokenId",
        "DELETE /api/2.0/preview/token-management/tokens/:tokenId",
        "POST /api/2.0/preview/token-management/on-behalf-of/tokens",
        "GET /api/2.0/workspace-conf",
        "PATCH /api/2.0/workspace-conf",
        "GET /api/2.0/preview/scim/v2/Me",
        "GET /api/2.1/clusters/list",
        "GET /api/2.1/clusters/get",
        "GET /api/2.0/clusters/list",
        "GET /api/2.0/clusters/get",
      ].sort(),
    );
  });

  it("extracts and decodes path parameters, and rejects empty or badly encoded ones", () => {
    expect(findRoute("GET", "/api/2.0/token-management/tokens/ab%2Fc")?.params).toEqual({ tokenId: "ab/c" });
    expect(findRoute("GET", "/api/2.0/token-management/tokens/%E0%A4%A")).toBeUndefined();
    expect(findRoute("GET", "/api/2.0/token-management/tokens/")).toBeUndefined();
    expect(findRoute("GET", "/api/2.0/token-management/tokens/a/b")).toBeUndefined();
    expect(findRoute("POST", "/api/2.0/token/list")).toBeUndefined();
  });

  it("answers the token endpoints without a bearer token, and reads // in an authority path as /", () => {
    expect(PUBLIC_ROUTES.map((route) => `${route.method} ${route.pattern}`)).toEqual([
      "GET /.well-known/databricks-config",
      "GET /oidc/.well-known/oauth-authorization-server",
      "POST /oidc/v1/token",
      "POST /:tenant/oauth2/token",
      "POST /:tenant/oauth2/v2.0/token",
    ]);
    expect(findPublicRoute("POST", "//tenant-a/oauth2/token")?.params).toEqual({ tenant: "tenant-a" });
    expect(findPublicRoute("POST", "/tenant-a/oauth2/v2.0/token")?.route.pattern).toBe("/:tenant/oauth2/v2.0/token");
    expect(findPublicRoute("GET", "/oidc/v1/token")).toBeUndefined();
    expect(findPublicRoute("POST", "/api/2.0/token/create")).toBeUndefined();
  });
});
