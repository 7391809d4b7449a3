import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { loadDetector } from "./detector.js";
import { scanContent, type ContentScan } from "./scan-content.js";
import type { WorkerReply, WorkerRequest } from "./worker-messages.js";

/** Scans blobs that may hold a token, while the caller goes on reading others. */
export interface ContentScanner {
  scan(path: string, content: Buffer): Promise<ContentScan>;
  /** Waits until the detector has loaded (throwing its load error, if any) and frees it. */
  close(): Promise<void>;
}

/**
 * The bundled lint worker (build.mjs makes it beside the CLI's other bundle files). Run from
 * sources (tests) or from the library build there is none, and the scanner works in-process.
 */
const WORKER_FILE = fileURLToPath(new URL("./bundle/scan-lint-worker.mjs", import.meta.url));

/**
 * A scanner whose ESLint loads and lints in a worker thread when the bundle has one, so that the
 * main thread keeps draining `git cat-file` meanwhile; otherwise in this thread.
 */
export function openContentScanner(): ContentScanner {
  return existsSync(WORKER_FILE) ? workerScanner(WORKER_FILE) : inProcessScanner();
}

function inProcessScanner(): ContentScanner {
  const detector = loadDetector();
  detector.catch(() => undefined);
  return {
    scan: async (path, content) => scanContent(await detector, path, content),
    close: async () => {
      await detector;
    },
  };
}

/** A scanner backed by the worker thread at `file` (which speaks `worker-messages.ts`). */
export function workerScanner(file: string): ContentScanner {
  const worker = new Worker(file);
  const pending = new Map<number, { resolve(scan: ContentScan): void; reject(error: Error): void }>();
  let nextId = 0;
  let failure: Error | undefined;
  let closing = false;
  // The worker keeps the process alive only while an answer is awaited: a scan that throws
  // elsewhere must not leave `dbcfg` hanging on an idle worker.
  const holdWhileAwaited = () => (pending.size > 0 || closing ? worker.ref() : worker.unref());
  holdWhileAwaited();
  const fail = (error: Error) => {
    failure ??= error;
    for (const waiting of pending.values()) waiting.reject(failure);
    pending.clear();
    holdWhileAwaited();
  };
  const ready = new Promise<void>((resolve, reject) => {
    worker.on("message", (reply: WorkerReply) => {
      if (reply.kind === "ready") return resolve();
      if (reply.kind === "load-failed") {
        const error = new Error(reply.message);
        reject(error);
        return fail(error);
      }
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      holdWhileAwaited();
      if (reply.kind === "scanned") waiting?.resolve(reply.scan);
      else waiting?.reject(new Error(reply.message));
    });
    worker.on("error", (error) => {
      reject(error);
      fail(error);
    });
  });
  ready.catch(() => undefined);
  return {
    scan(path, content) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      const request: WorkerRequest = { id, path, content };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        holdWhileAwaited();
        worker.postMessage(request);
      });
    },
    async close() {
      closing = true;
      holdWhileAwaited();
      try {
        await ready;
      } finally {
        await worker.terminate();
      }
    },
  };
}
