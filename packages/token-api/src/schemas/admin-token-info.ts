import { z } from "zod";
import { epochMillisSchema, int64IdSchema, type EpochMillis, type Int64Id } from "./int64.js";
import { withoutUndefined } from "./without-undefined.js";

/** A token as the admin Token Management API describes it (any user's token). */
export interface AdminTokenInfo {
  tokenId: string;
  creationTime: EpochMillis;
  expiryTime: EpochMillis;
  comment?: string;
  createdById?: Int64Id;
  createdByUsername?: string;
  /** For on-behalf-of tokens the service principal; `createdBy*` is then the admin. */
  ownerId?: Int64Id;
  workspaceId?: Int64Id;
  /** UTC midnight (epoch ms) of the day the token was last used; accurate to a day. */
  lastUsedDay?: EpochMillis;
  scopes?: string[];
}

export const adminTokenInfoSchema = z
  .object({
    token_id: z.string().min(1),
    creation_time: epochMillisSchema,
    expiry_time: epochMillisSchema,
    comment: z.string().optional(),
    created_by_id: int64IdSchema.optional(),
    created_by_username: z.string().optional(),
    owner_id: int64IdSchema.optional(),
    workspace_id: int64IdSchema.optional(),
    last_used_day: epochMillisSchema.optional(),
    scopes: z.array(z.string()).optional(),
  })
  .transform((raw): AdminTokenInfo =>
    withoutUndefined({
      tokenId: raw.token_id,
      creationTime: raw.creation_time,
      expiryTime: raw.expiry_time,
      comment: raw.comment,
      createdById: raw.created_by_id,
      createdByUsername: raw.created_by_username,
      ownerId: raw.owner_id,
      workspaceId: raw.workspace_id,
      lastUsedDay: raw.last_used_day,
      scopes: raw.scopes,
    }),
  );
