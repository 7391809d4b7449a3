import { z } from "zod";
import { adminTokenInfoSchema, type AdminTokenInfo } from "./admin-token-info.js";
import { tokenInfoSchema, type TokenInfo } from "./token-info.js";

/** The result of creating a token: the new secret and its description. */
export interface CreatedToken<Info> {
  /** The new token itself: a secret. Store it; it is never shown again by the API. */
  tokenValue: string;
  tokenInfo: Info;
}

export const createTokenResponseSchema = z
  .object({ token_value: z.string().min(1), token_info: tokenInfoSchema })
  .transform((raw): CreatedToken<TokenInfo> => ({ tokenValue: raw.token_value, tokenInfo: raw.token_info }));

export const createOboTokenResponseSchema = z
  .object({ token_value: z.string().min(1), token_info: adminTokenInfoSchema })
  .transform((raw): CreatedToken<AdminTokenInfo> => ({ tokenValue: raw.token_value, tokenInfo: raw.token_info }));

/** `{}` and `{"token_infos": []}` both mean "no tokens" (the field is `omitempty`). */
export const listTokensResponseSchema = z.object({ token_infos: z.array(tokenInfoSchema).optional() }).transform((raw): TokenInfo[] => raw.token_infos ?? []);

export const listAdminTokensResponseSchema = z
  .object({ token_infos: z.array(adminTokenInfoSchema).optional() })
  .transform((raw): AdminTokenInfo[] => raw.token_infos ?? []);

export const getAdminTokenResponseSchema = z.object({ token_info: adminTokenInfoSchema }).transform((raw): AdminTokenInfo => raw.token_info);

/** Delete endpoints answer `{}` (or nothing); anything object-shaped is accepted and dropped. */
export const emptyResponseSchema = z.object({}).transform((): void => undefined);

/**
 * Workspace-conf values are strings (`"true"`, `"90"`); keys never set come back as `null`. A
 * boolean or number (never seen, but cheap to accept) is turned into the string the API would send.
 */
export const workspaceConfResponseSchema = z.record(z.string(), z.union([z.string(), z.boolean(), z.number()]).transform(String).nullable());
