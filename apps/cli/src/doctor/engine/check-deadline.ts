import type { CheckOutcome } from "./types.js";

/**
 * The timeout shared by every invocation of one check in a doctor run. The invocations of a
 * check (one per profile) start together, so one that has not finished when the shared timer
 * fires has taken longer than `timeoutMs`, exactly as with a timer of its own; all of them are
 * failed and aborted then. The timer and its AbortController are created only when an invocation
 * turns out to be asynchronous: the synchronous checks (most offline ones, run once per profile)
 * cost no timer at all. A deadline that is not `enforced` never fires: offline checks read local
 * files only, and their wall time mostly measures how long *other* checks kept the event loop busy
 * (30,000 profiles made a readdir "time out").
 */
export class CheckDeadline {
  #controller: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #expired: Promise<CheckOutcome[]> | undefined;

  constructor(
    readonly timeoutMs: number,
    readonly enforced = true,
  ) {}

  /** Aborts when the deadline passes. */
  get signal(): AbortSignal {
    return this.#start().signal;
  }

  /** `pending`, or the timeout failure if the deadline passes first. */
  race(pending: Promise<CheckOutcome[]>): Promise<CheckOutcome[]> {
    this.#start();
    return this.enforced ? Promise.race([pending, this.#expired!]) : pending;
  }

  /** Stops the timer (call once every invocation has settled). */
  clear(): void {
    clearTimeout(this.#timer);
  }

  #start(): AbortController {
    if (this.#controller) return this.#controller;
    const controller = new AbortController();
    this.#controller = controller;
    if (!this.enforced) return controller;
    this.#expired = new Promise((resolve) => {
      this.#timer = setTimeout(() => {
        // Settled before the abort, so that it wins the race against a check that ends on abort.
        resolve([
          { status: "fail", message: `Timed out after ${this.timeoutMs} ms.`, fix: "Retry with a larger --timeout, or check the network path to the host." },
        ]);
        controller.abort();
      }, this.timeoutMs);
    });
    return controller;
  }
}
