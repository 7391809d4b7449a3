import type { ConfigDocument } from "./config-document.js";
import { loadConfigFile } from "./load-config-file.js";
import { saveConfigFile, type SaveConfigFileOptions, type SaveResult } from "./save-config-file.js";

/**
 * Load, edit, save in one call: `edit` changes the document through its edit methods, and the
 * save replays those edits if another process changed the file in between.
 */
export async function updateConfigFile(
  path: string,
  edit: (doc: ConfigDocument) => void | Promise<void>,
  options: SaveConfigFileOptions = {},
): Promise<SaveResult> {
  const doc = await loadConfigFile(path, options.fs ? { fs: options.fs } : {});
  await edit(doc);
  return saveConfigFile(path, doc, options);
}
