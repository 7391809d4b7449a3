/** One row of `dbcfg profiles`, shaped like `databricks auth profiles -o json` plus `reason` and `checked`. */
export interface ProfileStatus {
  name: string;
  host?: string;
  cloud?: string;
  authType?: string;
  /** Present when the profile sets (or its host's `?o=` implies) one, as in the Databricks CLI's JSON. */
  accountId?: string;
  workspaceId?: string;
  /** `true`/`false` when dbcfg could decide; `null` when the auth type is not one it verifies (not a PAT). */
  valid: boolean | null;
  /** Why it is (in)valid, in one sentence; never a secret. */
  reason: string;
  /** `online` when SCIM Me was called, `offline` when only the file and the resolution were checked. */
  checked: "offline" | "online";
  default: boolean;
}

/** Per-profile budget of the online check, like `databricks auth profiles` (5 s). */
export const DEFAULT_PROFILE_TIMEOUT_MS = 5000;
