import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator, type EmulatorSeedCluster } from "../index.js";
import { callApi } from "../test-support/call-api.js";

let emu: Emulator;

afterEach(async () => {
  await emu.close();
});

const SP_ID = "6f5ccf28-d83a-4957-9bfb-5bbfac551410";
const CLUSTERS: EmulatorSeedCluster[] = [
  { cluster_id: "0101-120000-shared01", cluster_name: "Shared", spark_version: "15.4.x-scala2.12", state: "RUNNING", data_security_mode: "USER_ISOLATION" },
  { cluster_id: "0101-120000-legacy02", cluster_name: "Old runtime", spark_version: "12.2.x-scala2.12", state: "TERMINATED" },
  {
    cluster_id: "0101-120000-private3",
    cluster_name: "Ana's",
    spark_version: "14.3.x-scala2.12",
    state: "RUNNING",
    data_security_mode: "SINGLE_USER",
    visibleTo: ["admin@example.com", SP_ID],
  },
];

async function start(): Promise<{ admin: string; user: string; sp: string }> {
  emu = await startEmulator({ seed: { clusters: CLUSTERS } });
  return { admin: emu.mintToken(), user: emu.mintToken({ userName: "user@example.com" }), sp: emu.mintToken({ userName: SP_ID }) };
}

const ids = (json: unknown) => ((json as { clusters?: { cluster_id: string }[] }).clusters ?? []).map((cluster) => cluster.cluster_id);

describe("clusters API", () => {
  it("lists the clusters the caller can see, under 2.1 and 2.0, with the API's field names", async () => {
    const { admin, user, sp } = await start();
    const all = await callApi(emu.url, "/api/2.1/clusters/list", { token: admin });
    expect(all.status).toBe(200);
    expect((all.json as { clusters: unknown[] }).clusters[0]).toEqual({
      cluster_id: "0101-120000-shared01",
      cluster_name: "Shared",
      spark_version: "15.4.x-scala2.12",
      state: "RUNNING",
      data_security_mode: "USER_ISOLATION",
    });
    expect((all.json as { clusters: Record<string, unknown>[] }).clusters[1]).not.toHaveProperty("data_security_mode");
    expect(ids(all.json)).toEqual(["0101-120000-shared01", "0101-120000-legacy02", "0101-120000-private3"]);
    expect(ids((await callApi(emu.url, "/api/2.0/clusters/list", { token: user })).json)).toEqual(["0101-120000-shared01", "0101-120000-legacy02"]);
    expect(ids((await callApi(emu.url, "/api/2.1/clusters/list", { token: sp })).json)).toEqual(CLUSTERS.map((cluster) => cluster.cluster_id));
  });

  it("pages with page_size and next_page_token, and answers {} when nothing is visible", async () => {
    const { admin } = await start();
    const first = await callApi(emu.url, "/api/2.1/clusters/list?page_size=2", { token: admin });
    const token = (first.json as { next_page_token: string }).next_page_token;
    expect(ids(first.json)).toHaveLength(2);
    const second = await callApi(emu.url, `/api/2.1/clusters/list?page_size=2&page_token=${token}`, { token: admin });
    expect(ids(second.json)).toEqual(["0101-120000-private3"]);
    expect(second.json).not.toHaveProperty("next_page_token");
    const bad = await callApi(emu.url, "/api/2.1/clusters/list?page_token=nope", { token: admin });
    expect(bad.status).toBe(400);
    await emu.close();
    emu = await startEmulator();
    expect((await callApi(emu.url, "/api/2.1/clusters/list", { token: emu.mintToken() })).json).toEqual({});
  });

  it("gets a cluster by id; unknown → 400 INVALID_PARAMETER_VALUE 'Cluster … does not exist'; hidden → 403 PERMISSION_DENIED", async () => {
    const { user } = await start();
    const got = await callApi(emu.url, "/api/2.0/clusters/get?cluster_id=0101-120000-legacy02", { token: user });
    expect(got.json).toEqual({ cluster_id: "0101-120000-legacy02", cluster_name: "Old runtime", spark_version: "12.2.x-scala2.12", state: "TERMINATED" });
    const unknown = await callApi(emu.url, "/api/2.1/clusters/get?cluster_id=0000-000000-missing0", { token: user });
    expect(unknown.status).toBe(400);
    expect(unknown.json).toMatchObject({ error_code: "INVALID_PARAMETER_VALUE", message: "Cluster 0000-000000-missing0 does not exist" });
    const hidden = await callApi(emu.url, "/api/2.1/clusters/get?cluster_id=0101-120000-private3", { token: user });
    expect(hidden.status).toBe(403);
    expect(hidden.json).toMatchObject({ error_code: "PERMISSION_DENIED" });
    expect((hidden.json as { message: string }).message).toContain("0101-120000-private3");
    const missing = await callApi(emu.url, "/api/2.1/clusters/get", { token: user });
    expect(missing.status).toBe(400);
  });

  it("needs the clusters scope from a scoped token", async () => {
    emu = await startEmulator({ seed: { clusters: CLUSTERS } });
    const sqlOnly = emu.mintToken({ scopes: ["sql"] });
    const readOnly = emu.mintToken({ scopes: ["clusters:read"] });
    const refused = await callApi(emu.url, "/api/2.1/clusters/list", { token: sqlOnly });
    expect(refused.json).toEqual({ error_code: 403, message: "Provided access token does not have required scopes: clusters" });
    expect((await callApi(emu.url, "/api/2.1/clusters/list", { token: readOnly })).status).toBe(200);
  });

  it("takes faults on its routes", async () => {
    const { admin } = await start();
    emu.faults.add({ path: "/api/2.1/clusters/get", action: "truncated-json", times: 1 });
    const cut = await callApi(emu.url, "/api/2.1/clusters/get?cluster_id=0101-120000-shared01", { token: admin });
    expect(cut.status).toBe(200);
    expect(cut.json).toBeUndefined();
    expect(cut.text.startsWith('{"cluster_id":"0101-120000-shared01"')).toBe(true);
  });
});
