import { describe, expect, it } from "vitest";
import { fakePat } from "@dbcfg/pat/testing";
import { createTokenClient } from "../create-token-client.js";
import { apiFailure, scriptedFetch, type Step } from "../test-support/index.js";

const HOST = "https://dbc-1.cloud.databricks.com";
const cluster = (id: string, extra: Record<string, unknown> = {}) => ({
  cluster_id: id,
  cluster_name: `name ${id}`,
  spark_version: "13.3.x-scala2.12",
  state: "RUNNING",
  ...extra,
});

function client(steps: Step[]) {
  const scripted = scriptedFetch(steps);
  return { c: createTokenClient({ host: HOST, token: fakePat(), fetch: scripted.fetch, retry: { maxAttempts: 1 } }), calls: scripted.calls };
}

describe("clusters", () => {
  it("lists every page, camelCases the fields and keeps data_security_mode only when sent", async () => {
    const { c, calls } = client([
      { status: 200, json: { clusters: [cluster("a", { data_security_mode: "SINGLE_USER", autoscale: {} })], next_page_token: "p2" } },
      { status: 200, json: { clusters: [cluster("b")] } },
    ]);
    expect(await c.clusters.list()).toEqual([
      { clusterId: "a", clusterName: "name a", sparkVersion: "13.3.x-scala2.12", state: "RUNNING", dataSecurityMode: "SINGLE_USER" },
      { clusterId: "b", clusterName: "name b", sparkVersion: "13.3.x-scala2.12", state: "RUNNING" },
    ]);
    expect(calls.map((call) => call.url)).toEqual([`${HOST}/api/2.1/clusters/list`, `${HOST}/api/2.1/clusters/list?page_token=p2`]);
  });

  it("reads {} as no clusters and gets one cluster by id", async () => {
    expect(await client([{ status: 200, json: {} }]).c.clusters.list()).toEqual([]);
    const { c, calls } = client([{ status: 200, json: cluster("0123-456789-abcdefgh", { state: "TERMINATED" }) }]);
    expect((await c.clusters.get("0123-456789-abcdefgh")).state).toBe("TERMINATED");
    expect(calls[0]!.url).toBe(`${HOST}/api/2.1/clusters/get?cluster_id=0123-456789-abcdefgh`);
  });

  it("classifies a missing cluster as notFound, rejects a wrong shape and an empty id", async () => {
    const missing = await apiFailure(
      client([{ status: 400, json: { error_code: "INVALID_PARAMETER_VALUE", message: "Cluster x does not exist" } }]).c.clusters.get("x"),
    );
    expect(missing.message).toContain("Cluster x does not exist");
    const notFound = await apiFailure(client([{ status: 404, json: { error_code: "RESOURCE_DOES_NOT_EXIST", message: "no" } }]).c.clusters.get("x"));
    expect(notFound.classification).toBe("notFound");
    const shape = await apiFailure(client([{ status: 200, json: { clusters: [{ cluster_name: "no id" }] } }]).c.clusters.list());
    expect(shape.classification).toBe("invalidResponse");
    await expect(client([{ status: 200, json: {} }]).c.clusters.get(" ")).rejects.toThrow(/clusterId is required/);
  });
});
