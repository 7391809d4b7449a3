import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flattenIniObject } from "./flatten-ini-object.js";

interface SdkLoader {
  flattenIniObject(obj: unknown): Record<string, Record<string, unknown>>;
}
const sdk = (await import("@databricks/sdk-experimental/dist/config/KnownConfigLoader.js")) as unknown as SdkLoader;

/** Our Map in the SDK's shape: a plain object filled in Map order (integer-like names move first, as there). */
function asSdkObject(flattened: Map<string, Record<string, unknown>>): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [name, props] of flattened) Object.defineProperty(out, name, { value: props, enumerable: true, writable: true, configurable: true });
  return out;
}

const name = fc.oneof(fc.constantFrom("a", "b", "a.b", "1", "0", "__proto__", "constructor", ""), fc.string({ maxLength: 3 }));
const leaf = fc.oneof(fc.string({ maxLength: 3 }), fc.boolean(), fc.integer(), fc.constant(null));
const tree = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(name, tie("node"), { maxKeys: 4 }),
  ),
})).node;

describe("flattenIniObject", () => {
  it("returns what the SDK's own flattenIniObject returns, names in the same order", () => {
    fc.assert(
      fc.property(fc.dictionary(name, tree, { maxKeys: 6 }), (obj) => {
        const expected = sdk.flattenIniObject(structuredClone(obj));
        const actual = asSdkObject(flattenIniObject(structuredClone(obj)));
        expect(Object.keys(actual)).toEqual(Object.keys(expected));
        expect(actual).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("stays linear: 20,000 sections flatten in one pass", () => {
    const obj = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`p${i}`, { host: `h${i}` }]));
    const flattened = flattenIniObject(obj);
    expect(flattened.size).toBe(20_000);
    expect(flattened.get("p19999")).toEqual({ host: "h19999" });
  });
});
