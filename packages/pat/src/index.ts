export { PAT_PATTERN, PAT_PREFIX, PAT_BODY_LENGTH } from "./grammar.js";
export { isPlaceholderBody } from "./placeholder.js";
export { findPats, isPat, isPlaceholderPat, type PatMatch } from "./find-pats.js";
export { redact, REDACTED } from "./redact.js";
export { redactSecrets, redactSecretsInPieces, redactKnownSecrets, isSecretFieldName, SECRET_FIELD_NAMES } from "./redact-secrets.js";
export { redactSecretValue } from "./redact-secret-value.js";
export { isLoopbackHostname, isLoopbackHttpAllowed, isLoopbackUrl } from "./loopback.js";
export { holdsSecretShapedWord } from "./stray-config-line.js";
