import { z } from "zod";

/** Bumped whenever a field of the scan report changes meaning or goes away. */
export const SCAN_SCHEMA_VERSION = 1;

/** What `--verify` learnt of a token: `live`, `revoked/invalid` (a workspace refused it) or `unknown`. */
export const verificationStatusSchema = z.enum(["live", "revoked/invalid", "unknown"]);

/** One (token, file) of `dbcfg scan --format json`. Never the token: its redaction and a hash. */
export const scanFindingSchema = z.object({
  /** SHA-256 of a fixed prefix and the token: stable across runs, for baselines and code scanning. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  redacted: z.string().regex(/^dapi…[0-9a-f-]{4}$/),
  file: z.string().min(1),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  /** How the token is written: the plugin's message id (`literal`, `escaped`, `comment`, `concat`, `binding`, `encoded`, …). */
  tier: z.string().min(1),
  /** With `--history`: the commits that introduced the token at this path, oldest first. */
  commits: z.array(z.object({ sha: z.string().regex(/^[0-9a-f]{40,64}$/), authorDate: z.string().datetime() })).optional(),
  /** With `--history`: the file at HEAD still holds it. Otherwise true (the scanned content is current). */
  inHead: z.boolean(),
  verified: z
    .object({
      status: verificationStatusSchema,
      /** The host that answered `live` or `revoked/invalid`. */
      host: z.string().optional(),
      /** For a live token of the current user: the command that revokes it. */
      revokeCommand: z.string().optional(),
    })
    .optional(),
});

/** The JSON report of `dbcfg scan --format json`. Consumers should check `schemaVersion` first. */
export const scanReportSchema = z.object({
  schemaVersion: z.literal(SCAN_SCHEMA_VERSION),
  findings: z.array(scanFindingSchema),
  summary: z.object({
    findings: z.number().int().nonnegative(),
    tokens: z.number().int().nonnegative(),
    live: z.number().int().nonnegative(),
    baselined: z.number().int().nonnegative(),
  }),
});

export type ScanFinding = z.infer<typeof scanFindingSchema>;
export type ScanReport = z.infer<typeof scanReportSchema>;
export type VerificationStatus = z.infer<typeof verificationStatusSchema>;
