import { z } from "zod";

import { DOCTOR_SCHEMA_VERSION } from "./schema-version.js";

export { DOCTOR_SCHEMA_VERSION };

const statusSchema = z.enum(["pass", "warn", "fail", "skip"]);

/** One finding of `dbcfg doctor --format json`. */
export const doctorFindingSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  status: statusSchema,
  message: z.string().min(1),
  fix: z.string().min(1).optional(),
  profile: z.string().optional(),
  /** Set when the check ran only because a check chosen with `--check` requires it. */
  prerequisite: z.literal(true).optional(),
  location: z.object({ file: z.string().min(1), line: z.number().int().positive(), column: z.number().int().positive() }).optional(),
});

/**
 * The JSON report of `dbcfg doctor --format json` (DESIGN.md): stable check ids, one entry per
 * finding, a summary per status. Consumers should check `schemaVersion` first.
 */
export const doctorReportSchema = z.object({
  schemaVersion: z.literal(DOCTOR_SCHEMA_VERSION),
  tool: z.literal("dbcfg"),
  version: z.string(),
  configFile: z.string(),
  profile: z.string(),
  checks: z.array(doctorFindingSchema),
  summary: z.object({
    pass: z.number().int().nonnegative(),
    warn: z.number().int().nonnegative(),
    fail: z.number().int().nonnegative(),
    skip: z.number().int().nonnegative(),
  }),
});

export type DoctorReport = z.infer<typeof doctorReportSchema>;
export type DoctorFinding = z.infer<typeof doctorFindingSchema>;
