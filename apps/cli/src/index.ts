export { main } from "./main.js";
export { createProcessContext, type CliContext, type TextSink } from "./context.js";
export { EXIT_OK, EXIT_FAILED, EXIT_USAGE, UsageError, type Command } from "./cli/command.js";
export { CliError } from "./cli/cli-error.js";
export { doctorReportSchema, doctorFindingSchema, DOCTOR_SCHEMA_VERSION, type DoctorReport, type DoctorFinding } from "./doctor/engine/report-schema.js";
export { runDoctor, DEFAULT_TIMEOUT_MS, type DoctorOptions, type DoctorRun } from "./doctor/engine/run-doctor.js";
export { CHECKS } from "./checks/index.js";
export type { Check, GlobalCheck, ProfileCheck, CheckOutcome, CheckStatus, CheckGroup, CheckContext, Finding, FindingLocation } from "./doctor/engine/types.js";
export type { DoctorInput, ConfigFileState, ProfileSelection } from "./doctor/input/doctor-input.js";
