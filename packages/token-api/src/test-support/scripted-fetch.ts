/** What a scripted fetch does for one call: answer, fail like undici, or hang until aborted. */
export type Step =
  { status: number; body?: string; json?: unknown; headers?: Record<string, string>; statusText?: string } | { networkError: string } | { hang: true };

export interface RecordedCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * A `fetch` that plays `steps` in order (the last one repeats) and records every call, for unit
 * tests of the retry loop that need exact control. Network errors have undici's shape:
 * `TypeError("fetch failed")` with `cause.code`.
 */
export function scriptedFetch(steps: Step[]): { fetch: typeof fetch; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    const step = steps[Math.min(calls.length, steps.length - 1)]!;
    calls.push({
      url: String(input),
      method: init?.method ?? "GET",
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: typeof init?.body === "string" ? init.body : undefined,
    });
    if ("networkError" in step) {
      const cause = Object.assign(new Error(`connect ${step.networkError} 127.0.0.1:9`), { code: step.networkError });
      throw new TypeError("fetch failed", { cause });
    }
    if ("hang" in step) {
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason), { once: true });
      });
    }
    const body = step.json === undefined ? (step.body ?? "") : JSON.stringify(step.json);
    const headers = { "content-type": step.json === undefined ? "text/plain" : "application/json", ...step.headers };
    return new Response(step.status === 204 ? null : body, { status: step.status, statusText: step.statusText, headers });
  }) as typeof fetch;
  return { fetch: fetchImpl, calls };
}

/** A clock that only moves when the code under test sleeps, plus a record of every sleep. */
export function fakeClock(start = 1_700_000_000_000): {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  sleeps: number[];
} {
  let time = start;
  const sleeps: number[] = [];
  return {
    now: () => time,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      time += ms;
    },
    sleeps,
  };
}
