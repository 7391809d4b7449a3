import type { Socket } from "node:net";

/**
 * Waits until `socket` emits `readyEvent` (`connect` for TCP, `secureConnect` for TLS) and
 * resolves with `onReady()`; rejects with the socket's error, or with ETIMEDOUT when `signal`
 * aborts. The socket is destroyed either way: the checks only probe whether a connection works.
 */
export function socketReady<T>(socket: Socket, readyEvent: string, signal: AbortSignal, onReady: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const settle = (outcome: { value: T } | { error: Error }) => {
      signal.removeEventListener("abort", onAbort);
      socket.destroy();
      if ("error" in outcome) reject(outcome.error);
      else resolve(outcome.value);
    };
    const onAbort = () => settle({ error: Object.assign(new Error("timed out"), { code: "ETIMEDOUT" }) });
    signal.addEventListener("abort", onAbort, { once: true });
    socket.once(readyEvent, () => settle({ value: onReady() }));
    socket.once("error", (error: Error) => settle({ error }));
  });
}
