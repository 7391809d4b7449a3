/** Bumped only when a field of the doctor JSON changes meaning or disappears; new optional fields keep it. */
export const DOCTOR_SCHEMA_VERSION = 1;
