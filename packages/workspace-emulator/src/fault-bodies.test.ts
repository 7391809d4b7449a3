import { describe, expect, it } from "vitest";
import { defaultFaultJson, jettyErrorPage, malformJsonText, truncateJsonText } from "./fault-bodies.js";

describe("fault bodies", () => {
  it("truncates to a non-empty strict prefix", () => {
    expect(truncateJsonText("{}")).toBe("{");
    expect(truncateJsonText('{"a":1}')).toBe('{"a');
  });

  it("breaks objects, arrays and scalars so JSON.parse fails", () => {
    for (const text of ["{}", '{"a":[1]}', "[]", "[1,2]", "3", '"x"']) {
      expect(() => JSON.parse(malformJsonText(text)) as unknown, text).toThrow(SyntaxError);
    }
  });

  it("escapes the path in the Jetty page", () => {
    expect(jettyErrorPage(404, "/a<b>")).toContain("Problem accessing /a&#60;b&#62;. Reason:");
    expect(jettyErrorPage(404, "/x")).toContain("<pre>    Not Found</pre>");
  });

  it("picks a Databricks error code per status and {} for success statuses", () => {
    expect(defaultFaultJson(200, "/x")).toEqual({});
    expect(defaultFaultJson(418, "/x")).toMatchObject({ error_code: "BAD_REQUEST" });
    expect(defaultFaultJson(502, "/x")).toMatchObject({ error_code: "INTERNAL_ERROR", message: "Bad Gateway" });
    expect(defaultFaultJson(504, "/x")).toMatchObject({ error_code: "DEADLINE_EXCEEDED" });
  });
});
