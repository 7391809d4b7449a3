import { ConfigDocument, type ConfigDocumentOptions } from "./config-document.js";

/** `path`: where the text came from (messages, dialect readers); `encoding`: set by `loadConfigFile`; `verifyWithReaders`: see `ConfigDocumentOptions`. */
export type ParseConfigFileOptions = ConfigDocumentOptions;

/**
 * Parses `.databrickscfg` text into a lossless document. Never throws, whatever the input (binary,
 * NUL bytes, BOM, mixed line endings, no final newline): problems become `doc.diagnostics`, and
 * `doc.toString() === text`.
 */
export function parseConfigFile(text: string, options: ParseConfigFileOptions = {}): ConfigDocument {
  return new ConfigDocument(text, options);
}
