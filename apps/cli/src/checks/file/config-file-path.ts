import type { GlobalCheck } from "../../doctor/engine/types.js";

const CREATE_FIX = "dbcfg configure --profile DEFAULT --host https://<workspace>.cloud.databricks.com --token-stdin";

/** Which file the SDKs read, why that one, and whether it is a readable file. */
export const configFilePath: GlobalCheck = {
  id: "config-file-path",
  title: "Config file location",
  group: "file",
  help: "Shows which .databrickscfg the SDKs read (DATABRICKS_CONFIG_FILE, else the home directory from HOME/USERPROFILE) and whether it exists, is a file and is readable.",
  requires: [],
  online: false,
  scope: "global",
  run({ input }) {
    const { path, source, raw, relative } = input.configPath;
    const why =
      source === "DATABRICKS_CONFIG_FILE"
        ? `DATABRICKS_CONFIG_FILE=${raw}${relative ? " (relative: it resolves from the current directory, so it changes with cd)" : ""}`
        : `the ${source === "home directory" ? "home directory" : `${source} variable`}`;
    switch (input.file.kind) {
      case "missing":
        return [
          {
            status: input.env.DATABRICKS_HOST && input.env.DATABRICKS_TOKEN ? "pass" : "warn",
            message: `No config file at ${path} (chosen by ${why}). This looks like a first run: create one with \`${CREATE_FIX}\` (the token is read from stdin, never from argv).`,
            fix: CREATE_FIX,
          },
        ];
      case "directory":
        return [
          {
            status: "fail",
            message: `${path} (chosen by ${why}) is a directory; the Go SDK and CLI fail with "is a directory" and Python silently ignores it.`,
            fix: `Move the directory away and create the file: ${CREATE_FIX}`,
          },
        ];
      case "unreadable":
        return [{ status: "fail", message: `${path} (chosen by ${why}) cannot be read: ${input.file.error}`, fix: input.file.fix ?? `chmod u+r ${path}` }];
      case "file": {
        const count = input.profileNames.length;
        return [
          {
            status: relative ? "warn" : "pass",
            message: `Reading ${path} (chosen by ${why})${input.file.symlink ? ", a symbolic link" : ""}: ${count} profile${count === 1 ? "" : "s"}.`,
            ...(relative ? { fix: `export DATABRICKS_CONFIG_FILE=${path}` } : {}),
          },
        ];
      }
    }
  },
};
