import { ApiFailure, invalidParameter } from "./api-failure.js";

/** Parses a JSON request body that must be an object; an empty body reads as `{}`. */
export function parseJsonObjectBody(raw: string): Record<string, unknown> {
  if (raw.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ApiFailure(400, "MALFORMED_REQUEST", "Invalid JSON given in the body of the request - failed to parse given JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new ApiFailure(400, "MALFORMED_REQUEST", "Invalid JSON given in the body of the request - expected a map");
  }
  return parsed as Record<string, unknown>;
}

export function optionalStringField(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw invalidParameter(`Invalid value for field '${name}': expected a string`);
  return value;
}

export function requiredStringField(body: Record<string, unknown>, name: string): string {
  const value = optionalStringField(body, name);
  if (value === undefined || value === "") throw invalidParameter(`Missing required field: ${name}`);
  return value;
}

/** An int64 field; like protobuf JSON, an integer written as a decimal string is accepted too. */
export function optionalIntegerField(body: Record<string, unknown>, name: string): number | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  const number = typeof value === "string" && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== "number" || !Number.isSafeInteger(number)) {
    throw invalidParameter(`Invalid value for field '${name}': expected an integer`);
  }
  return number;
}

/** A list of non-empty strings (e.g. `scopes`), or `undefined` when absent. */
export function optionalStringArrayField(body: Record<string, unknown>, name: string): string[] | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((entry) => typeof entry !== "string" || entry.trim() === "")) {
    throw invalidParameter(`Invalid value for field '${name}': expected an array of non-empty strings`);
  }
  return value as string[];
}

export function optionalBooleanField(body: Record<string, unknown>, name: string): boolean | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean") throw invalidParameter(`Invalid value for field '${name}': expected a boolean`);
  return value;
}
