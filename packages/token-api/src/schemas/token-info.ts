import { z } from "zod";
import { epochMillisSchema, type EpochMillis } from "./int64.js";
import { withoutUndefined } from "./without-undefined.js";

/** One of the caller's own tokens, as `/api/2.0/token/list` and `/token/create` describe it. */
export interface TokenInfo {
  /** 64 hex characters; not a secret (it names the token, it cannot be used as one). */
  tokenId: string;
  creationTime: EpochMillis;
  /** `-1` when the token never expires. */
  expiryTime: EpochMillis;
  comment?: string;
  /** The API scopes the token is limited to; absent for an unscoped token. */
  scopes?: string[];
  /** `AUTOSCOPE_STATE_RUNNING`, `…_COMPLETED`, … when the workspace narrows scopes from usage. */
  autoscopeState?: string;
  /** The scopes autoscoping observed the token using. */
  inferredScopes?: string[];
  lastAccessedTime?: EpochMillis;
}

export const tokenInfoSchema = z
  .object({
    token_id: z.string().min(1),
    creation_time: epochMillisSchema,
    expiry_time: epochMillisSchema,
    comment: z.string().optional(),
    scopes: z.array(z.string()).optional(),
    autoscope_state: z.string().optional(),
    inferred_scopes: z.array(z.string()).optional(),
    last_accessed_time: epochMillisSchema.optional(),
  })
  .transform((raw): TokenInfo =>
    withoutUndefined({
      tokenId: raw.token_id,
      creationTime: raw.creation_time,
      expiryTime: raw.expiry_time,
      comment: raw.comment,
      scopes: raw.scopes,
      autoscopeState: raw.autoscope_state,
      inferredScopes: raw.inferred_scopes,
      lastAccessedTime: raw.last_accessed_time,
    }),
  );
