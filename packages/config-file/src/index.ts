export {
  ATTRIBUTES,
  PYTHON_ATTRIBUTE_ORDER,
  KNOWN_CONFIG_KEYS,
  SENSITIVE_ATTRIBUTES,
  findAttribute,
  type AttributeSpec,
  type AttributeType,
  type AuthGroup,
} from "./attributes.js";
export {
  DIALECTS,
  readProfiles,
  divergences,
  pyRepr,
  type Dialect,
  type DialectProfiles,
  type DialectReadResult,
  type DialectSource,
  type KeyLocation,
  type Divergence,
} from "./dialects/index.js";
export { DEFAULT_PROFILE, SETTINGS_SECTION, DEFAULT_PROFILE_KEY, ENV_CONFIG_FILE, DEFAULT_CONFIG_FILE_NAME } from "./constants.js";
export { parseConfigFile, type ParseConfigFileOptions } from "./parse-config-file.js";
export { ConfigDocument, READER_CHECK_LIMIT, type ConfigDocumentOptions, type TextEncoding } from "./config-document.js";
export type { ConfigEdit } from "./config-edit.js";
export type { ConfigLine, BlankLine, CommentLine, SectionLine, EntryLine, ContinuationLine, InvalidLine, InvalidReason } from "./config-line.js";
export type { LineEnding } from "./split-lines.js";
export type { Diagnostic, Severity } from "./diagnostic.js";
export { diagnosticTopic, type DiagnosticCode, type DiagnosticTopic } from "./diagnostic-topics.js";
export { checkWritableValue, checkWritableKey, checkWritableProfileName, type Refusal } from "./writable-text.js";
export { profileSchema, valueSchemaFor, type ProfileValues } from "./profile-schema.js";
export { GO_BOOL_VALUES } from "./value-rules.js";
export {
  analyzeHost,
  checkHost,
  isAccountHost,
  type Finding,
  type HostAnalysis,
  type HostFinding,
  type HostFindingCode,
  type HostFix,
} from "./analyze-host.js";
export { analyzeToken, checkToken, type TokenAnalysis, type TokenFinding, type TokenFindingCode } from "./analyze-token.js";
export { isLoopbackHostname, isLoopbackHttpAllowed } from "@dbcfg/pat";
export { withoutInlineComment } from "./effective-value.js";
export { editDistance, suggestKey } from "./did-you-mean.js";
export { BASIC_AUTH_END_OF_LIFE } from "./find-semantic-diagnostics.js";
export { ConfigFileError, EditRefusedError, LockTimeoutError, type ConfigFileErrorCode, type ReaderName } from "./errors.js";
export { loadConfigFile, type LoadConfigFileOptions } from "./load-config-file.js";
export { statRegularFile, MAX_CONFIG_FILE_BYTES } from "./check-regular-file.js";
export { saveConfigFile, type SaveConfigFileOptions, type SaveResult } from "./save-config-file.js";
export { updateConfigFile } from "./update-config-file.js";
export { acquireFileLock, type FileLock, type FileLockOptions } from "./file-lock.js";
export { nodeFileSystem, type FileSystem } from "./file-system.js";
export {
  resolveConfigFilePath,
  type ResolveConfigFilePathOptions,
  type ResolvedConfigFilePath,
  type ConfigFilePathSource,
} from "./resolve-config-file-path.js";
