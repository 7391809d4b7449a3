// Run in a child process by the file tests: `node --import tsx save-child.ts <json>`.
// Modes: "add-profile" (updateConfigFile adding one profile), "save-loop" (saves big content forever,
// for the SIGKILL test), "save" (one saveConfigFile of the given text onto the file).
import { readFileSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { nodeFileSystem, type FileSystem } from "../file-system.js";
import { parseConfigFile } from "../parse-config-file.js";
import { saveConfigFile } from "../save-config-file.js";
import { updateConfigFile } from "../update-config-file.js";
import { ConfigFileError } from "../errors.js";

interface Job {
  mode: "add-profile" | "save-loop" | "save" | "update";
  path: string;
  profile?: string;
  values?: Record<string, string>;
  texts?: string[];
  /** Files holding the texts (for texts too big for the command line). */
  textPaths?: string[];
  /** Write half of each temp file, print "mid-write", then stall: lets the parent SIGKILL at that exact point. */
  pauseMidWrite?: boolean;
}

/** A file system whose temp-file writes stop halfway and announce it. */
function stallingFileSystem(): FileSystem {
  return {
    ...nodeFileSystem,
    open: (async (file: string, flags?: string, mode?: number) => {
      const handle = await open(file, flags, mode);
      if (!String(file).endsWith(".tmp")) return handle;
      return Object.assign(Object.create(handle) as FileHandle, {
        writeFile: async (data: Uint8Array) => {
          await handle.write(data.subarray(0, data.length >> 1));
          await handle.sync();
          process.stdout.write("mid-write\n");
          await new Promise((resolve) => setTimeout(resolve, 30_000));
          await handle.write(data.subarray(data.length >> 1));
        },
        chmod: (m: number) => handle.chmod(m),
        chown: (u: number, g: number) => handle.chown(u, g),
        sync: () => handle.sync(),
        close: () => handle.close(),
      });
    }) as FileSystem["open"],
  };
}

const job = JSON.parse(process.argv[2] ?? "{}") as Job;

async function main(): Promise<void> {
  switch (job.mode) {
    case "add-profile":
      await updateConfigFile(job.path, (doc) => doc.addProfile(job.profile!, job.values ?? {}), { lock: { timeoutMs: 60_000 } });
      break;
    case "update":
      await updateConfigFile(job.path, (doc) => doc.setValue(job.profile!, "cluster_id", "c"));
      break;
    case "save":
      await saveConfigFile(job.path, parseConfigFile(job.texts![0]!), { force: true });
      break;
    case "save-loop": {
      const texts = (job.textPaths ?? []).map((p) => readFileSync(p, "utf8"));
      process.stdout.write("ready\n");
      for (let i = 0; ; i++) {
        await saveConfigFile(job.path, parseConfigFile(texts[i % texts.length]!), { force: true, ...(job.pauseMidWrite ? { fs: stallingFileSystem() } : {}) });
      }
    }
  }
}

main().then(
  () => process.stdout.write(JSON.stringify({ ok: true }) + "\n"),
  (error: unknown) => {
    const code = error instanceof ConfigFileError ? error.code : "unknown";
    process.stdout.write(JSON.stringify({ ok: false, code, message: String((error as Error).message) }) + "\n");
    process.exitCode = 3;
  },
);
