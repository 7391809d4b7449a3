/**
 * The worker thread of `dbcfg scan --history` (bundled as `dist/bundle/scan-lint-worker.mjs`):
 * it loads ESLint and the plugin, then scans the blobs the main thread sends it. Loading ESLint
 * compiles hundreds of modules synchronously; here it no longer stops the main thread from
 * draining `git cat-file`, so reading the history and loading the linter overlap.
 */
import { parentPort } from "node:worker_threads";
import { loadDetector } from "./detector.js";
import { scanContent } from "./scan-content.js";
import type { WorkerReply, WorkerRequest } from "./worker-messages.js";

const port = parentPort;
if (!port) throw new Error("lint-worker.ts runs only as a worker thread");
const post = (reply: WorkerReply) => port.postMessage(reply);
const detector = loadDetector();
detector.then(
  () => post({ kind: "ready" }),
  (error: unknown) => post({ kind: "load-failed", message: error instanceof Error ? error.message : String(error) }),
);
port.on("message", (request: WorkerRequest) => {
  detector.then(
    (loaded) => {
      try {
        post({ kind: "scanned", id: request.id, scan: scanContent(loaded, request.path, Buffer.from(request.content)) });
      } catch (error) {
        post({ kind: "failed", id: request.id, message: error instanceof Error ? error.message : String(error) });
      }
    },
    () => undefined,
  );
});
