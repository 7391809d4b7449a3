import { z } from "zod";

/**
 * A 64-bit id (`created_by_id`, `owner_id`, `workspace_id`) as an exact decimal string. Ids are
 * names, never arithmetic, and a string compares directly with SCIM's string `id` and survives
 * `JSON.stringify`; the lossless parser hands ids beyond 2^53 over as `bigint`, so no digit is lost.
 */
export type Int64Id = string;

/**
 * Epoch milliseconds: a `number` (every real timestamp is far below 2^53), or a `bigint` when
 * the server sent a value beyond 2^53 − 1 (a sentinel such as Long.MAX_VALUE), kept exactly.
 * `-1` means "no expiry" on `expiryTime`.
 */
export type EpochMillis = number | bigint;

export const int64IdSchema = z
  .union([z.number().int(), z.bigint(), z.string().regex(/^-?\d+$/, "expected an integer id")])
  .transform((value): Int64Id => String(value));

export const epochMillisSchema = z.union([z.number().int(), z.bigint()]);
