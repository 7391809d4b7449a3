import { userInfo } from "node:os";
import type { GlobalCheck } from "../../doctor/engine/types.js";
import { shellArg } from "../../doctor/input/locate.js";

/** The file holds tokens in plain text: only its owner should be able to read it. */
export const configFilePermissions: GlobalCheck = {
  id: "config-file-permissions",
  title: "Config file permissions",
  group: "file",
  help: "The config file stores tokens in plain text; group- or world-readable permissions let other local users read them. `dbcfg doctor --fix` sets mode 0600.",
  requires: ["config-file-path"],
  online: false,
  scope: "global",
  run({ input, cli }) {
    const file = input.file;
    if (file.kind !== "file") return [{ status: "skip", message: "Skipped: there is no config file." }];
    if (cli.env.OS === "Windows_NT") return [{ status: "skip", message: "Skipped: POSIX modes do not apply on Windows; check the file's ACL instead." }];
    const mode = file.mode.toString(8).padStart(4, "0");
    const fix = `chmod 600 ${shellArg(input.configPath.path)}   (or: dbcfg doctor --fix)`;
    if ((file.mode & 0o077) !== 0) {
      const who = (file.mode & 0o007) !== 0 ? "every local user" : "your group";
      return [{ status: "warn", message: `Mode ${mode} lets ${who} read the tokens in ${input.configPath.path}.`, fix }];
    }
    const uid = userInfo().uid;
    if (uid >= 0 && file.uid !== uid) {
      return [
        {
          status: "warn",
          message: `${input.configPath.path} is owned by uid ${file.uid}, not by you (uid ${uid}).`,
          fix: `sudo chown ${uid} ${shellArg(input.configPath.path)}`,
        },
      ];
    }
    return [{ status: "pass", message: `Mode ${mode}: only you can read the file.` }];
  },
};
