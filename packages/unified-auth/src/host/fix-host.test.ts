import { describe, expect, it } from "vitest";
import { fixHostGo } from "./fix-host-go.js";
import { fixHostJs } from "./fix-host-js.js";
import { fixHostPython } from "./fix-host-python.js";

describe("host normalisation per SDK", () => {
  it.each([
    ["x", "https://x", "https://x", "https://x"],
    ["abc.def.ghi:443", "https://abc.def.ghi:443", "https://abc.def.ghi", "https://abc.def.ghi"],
    [
      "https://Adb-1.2.AzureDatabricks.net/?o=1#x",
      "https://Adb-1.2.AzureDatabricks.net",
      "https://Adb-1.2.AzureDatabricks.net?o=1#x",
      "https://adb-1.2.azuredatabricks.net",
    ],
    ["https://h/path/;p?q=1", "https://h", "https://h/path;p?q=1", "https://h"],
    ["http://localhost:8080/", "http://localhost:8080", "http://localhost:8080", "http://localhost:8080"],
    ["https://user:pw@h:443/", "https://h:443", "https://user", "https://h"],
  ])("%s → go %s, python %s, js %s", (input, go, python, js) => {
    expect(fixHostGo(input)).toMatchObject({ host: go });
    expect(fixHostPython(input)).toEqual({ host: python });
    expect(fixHostJs(input)).toEqual({ host: js });
  });

  it("fails where each SDK fails", () => {
    expect(fixHostGo("https://:443")).toEqual({ error: "no host configured" });
    expect(fixHostPython("https://:443")).toEqual({ host: "https://" });
    expect(fixHostPython("h:abc")).toEqual({ error: "Port could not be cast to integer value as 'abc'" });
    expect(fixHostJs("https://:443")).toEqual({ error: "Invalid URL" });
    expect(fixHostJs(true)).toEqual({ error: "host.startsWith is not a function" });
  });

  it("promotes the workspace and account ids from the query in Go only", () => {
    expect(fixHostGo("https://h/?o=12&a=acc")).toEqual({ host: "https://h", workspaceId: "12", accountId: "acc" });
    expect(fixHostGo("https://h/?o=abc&workspace_id=7")).toEqual({ host: "https://h", workspaceId: "7" });
  });
});
