import { describe, expect, it } from "vitest";
import type { ClusterInfo } from "@dbcfg/token-api";
import { bufferSink, scriptedPrompter } from "../../test-support/fake-context.js";
import { pickCluster } from "./pick-cluster.js";

const cluster = (id: string, name: string, state = "RUNNING"): ClusterInfo => ({ clusterId: id, clusterName: name, sparkVersion: "15.4.x-scala2.12", state });
const clusters = [cluster("0001-a", "etl nightly", "TERMINATED"), cluster("0002-b", "team shared"), cluster("0003-c", "ml gpu")];

describe("pickCluster", () => {
  it("lists running clusters first and chooses by number", async () => {
    const out = bufferSink();
    expect((await pickCluster(clusters, scriptedPrompter(["2"]), out))?.clusterId).toBe("0002-b");
    expect(out.text.split("\n").slice(1, 4)).toEqual([
      "   1. 0003-c  ml gpu  RUNNING  15.4.x-scala2.12  -",
      "   2. 0002-b  team shared  RUNNING  15.4.x-scala2.12  -",
      "   3. 0001-a  etl nightly  TERMINATED  15.4.x-scala2.12  -",
    ]);
  });

  it("narrows by name or id as the person types, Enter takes the only match", async () => {
    const out = bufferSink();
    expect((await pickCluster(clusters, scriptedPrompter(["e", "nightly", ""]), out))?.clusterId).toBe("0001-a");
    expect(out.text).toContain('2 of 3 clusters match "e":');
    expect(out.text).toContain('1 of 3 clusters match "nightly":');
    expect((await pickCluster(clusters, scriptedPrompter(["0003", "1"]), bufferSink()))?.clusterId).toBe("0003-c");
  });

  it("says when nothing matches, and q quits", async () => {
    const out = bufferSink();
    expect(await pickCluster(clusters, scriptedPrompter(["zzz", "q"]), out)).toBeUndefined();
    expect(out.text).toContain('No cluster matches "zzz"; showing all again.');
  });
});
