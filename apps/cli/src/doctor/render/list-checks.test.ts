import { describe, expect, it } from "vitest";
import { CHECKS } from "../../checks/index.js";
import { renderCheckList, toCheckListings } from "./list-checks.js";

describe("--list-checks", () => {
  it("lists every check once, in report order, with its group and prerequisites", () => {
    const lines = renderCheckList(CHECKS).split("\n");
    expect(lines.slice(0, CHECKS.length).map((line) => line.split(/\s+/)[0])).toEqual(CHECKS.map((check) => check.id));
    expect(lines.find((line) => line.startsWith("token-valid "))).toMatch(
      /^token-valid\s+online\s+Token accepted by the workspace \(needs host-shape, token-shape, tls\)$/,
    );
    expect(toCheckListings(CHECKS).find((c) => c.id === "ip-access-list")).toMatchObject({ group: "online", online: true, requires: ["token-valid"] });
  });
});
