import type { ContentScan } from "./scan-content.js";

/** A blob for the lint worker to scan as the file at `path`. */
export interface WorkerRequest {
  id: number;
  path: string;
  content: Uint8Array;
}

/** What the lint worker answers: ESLint loaded (or not), and each blob's scan (or its error). */
export type WorkerReply =
  | { kind: "ready" }
  | { kind: "load-failed"; message: string }
  | { kind: "scanned"; id: number; scan: ContentScan }
  | { kind: "failed"; id: number; message: string };
