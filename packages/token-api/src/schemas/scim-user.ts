import { z } from "zod";
import { withoutUndefined } from "./without-undefined.js";

/** A SCIM multi-valued attribute entry (`emails`, `groups`, `entitlements`, `roles`). */
export interface ScimValue {
  value?: string;
  display?: string;
  primary?: boolean;
  type?: string;
}

/** The calling identity from `/api/2.0/preview/scim/v2/Me`. */
export interface ScimUser {
  /** The user id, a decimal string (the same number as `createdById` in token management). */
  id: string;
  /** An e-mail for users, an application-id UUID for service principals. */
  userName: string;
  displayName?: string;
  active?: boolean;
  emails?: ScimValue[];
  groups?: ScimValue[];
  entitlements?: ScimValue[];
  roles?: ScimValue[];
  externalId?: string;
}

const scimValueSchema = z
  .object({
    value: z.string().optional(),
    display: z.string().optional(),
    primary: z.boolean().optional(),
    type: z.string().optional(),
  })
  .transform((raw): ScimValue => withoutUndefined({ ...raw }));

export const scimUserSchema = z
  .object({
    id: z.union([z.string().min(1), z.number().int(), z.bigint()]).transform(String),
    userName: z.string(),
    displayName: z.string().optional(),
    active: z.boolean().optional(),
    emails: z.array(scimValueSchema).optional(),
    groups: z.array(scimValueSchema).optional(),
    entitlements: z.array(scimValueSchema).optional(),
    roles: z.array(scimValueSchema).optional(),
    externalId: z.string().optional(),
  })
  .transform((raw): ScimUser => withoutUndefined({ ...raw }));
