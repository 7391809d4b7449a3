export { DIALECTS, type Dialect, type DialectProfiles, type DialectReadResult, type DialectSource, type KeyLocation } from "./types.js";
export { readProfiles } from "./read-profiles.js";
export { divergences, type Divergence } from "./divergences.js";
export { pyRepr } from "./python-text.js";
