import { inspect } from "node:util";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { normalizeSeed, startEmulator } from "./index.js";
import { callApi } from "./test-support/call-api.js";

describe("token values never leak", () => {
  it("keeps planted and minted tokens out of responses, the request log, errors and inspect output", async () => {
    const planted = `dapi${randomBytes(16).toString("hex")}`;
    const emu = await startEmulator({ seed: { tokens: [{ userName: "user@example.com", value: planted, comment: "planted" }] } });
    try {
      const admin = emu.mintToken();
      const outputs: string[] = [];
      for (const token of [planted, admin, `${planted}x`]) {
        for (const path of ["/api/2.0/token/list", "/api/2.0/token-management/tokens", "/api/2.0/preview/scim/v2/Me", "/api/2.0/nope"]) {
          const res = await callApi(emu.url, path, { token });
          outputs.push(res.text, JSON.stringify(res.headers));
        }
      }
      emu.faults.add({ path: "/api/2.0/token/list", action: "html-error", times: 1 });
      outputs.push((await callApi(emu.url, "/api/2.0/token/list", { token: planted })).text);
      outputs.push(JSON.stringify(emu.requests), inspect(emu.requests, { depth: 10 }), inspect(emu, { depth: 10, showHidden: true }));
      try {
        emu.mintToken({ userName: planted });
      } catch (error) {
        outputs.push(String(error));
      }
      const all = outputs.join("\n");
      expect(all).toContain("planted");
      expect(all).not.toContain(planted);
      expect(all).not.toContain(admin);
      expect(all).not.toContain(planted.slice(4, 20));
    } finally {
      await emu.close();
    }
  });

  it("keeps OAuth client secrets and issued access tokens out of answers, the request log, errors and inspect output", async () => {
    const secret = `dose${randomBytes(16).toString("hex")}`;
    const applicationId = "3f1c2d4e-5b6a-4789-9abc-def012345678";
    const tenant = "4c3b2a19-0f8e-4d7c-9b6a-5f4e3d2c1b0a";
    const emu = await startEmulator({ seed: { entraTenantId: tenant, servicePrincipals: [{ applicationId, secret }] } });
    try {
      const outputs: string[] = [];
      const basic = (value: string) => `Basic ${Buffer.from(`${applicationId}:${value}`).toString("base64")}`;
      const form = { grant_type: "client_credentials", scope: "all-apis" };
      const issued: string[] = [];
      const oidc = await callApi(emu.url, "/oidc/v1/token", { method: "POST", form, authorization: basic(secret) });
      const post = await callApi(emu.url, "/oidc/v1/token", { method: "POST", form: { ...form, client_id: applicationId, client_secret: secret } });
      const entra = await callApi(emu.url, `/${tenant}/oauth2/token`, {
        method: "POST",
        form: { grant_type: "client_credentials", client_id: applicationId, client_secret: secret, resource: "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d" },
      });
      for (const res of [oidc, post, entra]) issued.push((res.json as { access_token: string }).access_token);
      for (const wrong of [`${secret}x`, secret.slice(0, -1)]) {
        outputs.push((await callApi(emu.url, "/oidc/v1/token", { method: "POST", form, authorization: basic(wrong) })).text);
        const aad = await callApi(emu.url, `/${tenant}/oauth2/v2.0/token`, {
          method: "POST",
          form: { grant_type: "client_credentials", client_id: applicationId, client_secret: wrong, scope: "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default" },
        });
        outputs.push(aad.text);
      }
      // A secret sent with the wrong content type is still masked in the log.
      outputs.push(
        (await callApi(emu.url, "/oidc/v1/token", { method: "POST", body: `grant_type=client_credentials&client_id=${applicationId}&client_secret=${secret}` }))
          .text,
      );
      for (const token of issued) {
        for (const path of ["/api/2.0/preview/scim/v2/Me", "/api/2.0/token/list", "/api/2.1/clusters/get?cluster_id=nope"]) {
          const res = await callApi(emu.url, path, { token });
          outputs.push(res.text, JSON.stringify(res.headers));
        }
      }
      outputs.push(JSON.stringify(emu.requests), inspect(emu.requests, { depth: 10 }), inspect(emu, { depth: 10, showHidden: true }));
      for (const misplaced of [
        { servicePrincipals: [{ applicationId: secret, secret: 1 }] },
        { entraTenantId: [secret] },
        { clusters: [{ cluster_id: secret }] },
      ]) {
        try {
          normalizeSeed(misplaced);
        } catch (error) {
          outputs.push(String(error));
        }
      }
      const all = outputs.join("\n");
      expect(all).toContain(applicationId);
      expect(all).not.toContain(secret);
      expect(all).not.toContain(secret.slice(4, 20));
      for (const token of issued) {
        expect(all).not.toContain(token);
        expect(all).not.toContain(token.split(".")[2]?.slice(4, 30));
      }
    } finally {
      await emu.close();
    }
  });
});
