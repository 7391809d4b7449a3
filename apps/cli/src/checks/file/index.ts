import type { Check } from "../../doctor/engine/types.js";
import { configFilePath } from "./config-file-path.js";
import { configFilePermissions } from "./config-file-permissions.js";
import { configFileEncoding } from "./config-file-encoding.js";
import { configFileSyntax } from "./config-file-syntax.js";
import { backupFileSecrets } from "./backup-file-secrets.js";
import { configInGit } from "./config-in-git.js";

/** The "file" group (the config file itself), in report order. One file per check, named by its id; a check may only require checks listed before it. */
export const FILE_CHECKS: readonly Check[] = [configFilePath, configFilePermissions, configFileEncoding, configFileSyntax, backupFileSecrets, configInGit];
