/* eslint-disable @typescript-eslint/no-explicit-any -- mirrors untyped SDK code */

/**
 * `flattenIniObject` of `@databricks/sdk-experimental` 0.17.0 (`dist/config/KnownConfigLoader.js`):
 * `ini` nests `[a.b]` under `a`, and this joins each path back with `.`. Sections (and values that
 * are objects, arrays or `null`) with no plain values vanish; top-level keys vanish.
 *
 * The SDK rebuilds its result with an object spread per section, which is quadratic (seconds for a
 * few thousand profiles). This walks the same tree in the same order and records each name in a
 * Map, whose `set` keeps the first position and takes the last value exactly as the spread does;
 * `props` stays a plain object so that its quirks (a `__proto__` key) are the SDK's.
 */
export function flattenIniObject(obj: Record<string, any>): Map<string, Record<string, any>> {
  const flattened = new Map<string, Record<string, any>>();
  const topLevel: string[] = [];
  const flatten = (node: any): void => {
    const props: Record<string, any> = {};
    for (const key in node) {
      if (typeof node[key] === "object") {
        topLevel.push(key);
        flatten(node[key]);
      } else {
        props[key] = node[key];
      }
    }
    const topLevelName = topLevel.join(".");
    if (topLevelName !== "" && Object.keys(props).length > 0) flattened.set(topLevelName, props);
    topLevel.pop();
  };
  flatten(obj);
  return flattened;
}
