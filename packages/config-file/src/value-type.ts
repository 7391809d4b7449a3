import { ATTRIBUTES, type AttributeType } from "./attributes.js";

const typeByKey = new Map<string, AttributeType>();
// Where Go and Python type a shared key differently (http_timeout_seconds: int vs float), the
// stricter Go type wins, since a value must load in every SDK.
for (const attribute of ATTRIBUTES) {
  if (attribute.keys.go) typeByKey.set(attribute.keys.go, attribute.type);
  if (attribute.keys.python && !typeByKey.has(attribute.keys.python)) {
    typeByKey.set(attribute.keys.python, attribute.pythonType ?? attribute.type);
  }
  if (attribute.keys.js && !typeByKey.has(attribute.keys.js)) typeByKey.set(attribute.keys.js, attribute.type);
}

/** The type every SDK converts a known `.databrickscfg` key's value to; undefined for unknown keys. */
export function valueTypeOf(key: string): AttributeType | undefined {
  return typeByKey.get(key);
}

/** Every key some SDK reads, with its type, in attribute order. */
export function knownKeyTypes(): ReadonlyMap<string, AttributeType> {
  return typeByKey;
}
