import type { TextSink } from "../../context.js";
import type { Check } from "../engine/types.js";

const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
const INTERVAL_MS = 80;

/** A one-line progress indicator for online checks, on a TTY only; `stop` erases it. */
export interface Spinner {
  onProgress(event: { check: Check; phase: "start" | "end" }): void;
  stop(): void;
}

/** Draws "⠋ Checking online: dns, tcp…" on `sink` while online checks run. */
export function createSpinner(sink: TextSink): Spinner {
  const running = new Map<string, number>();
  let frame = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const draw = () => {
    const names = [...running.keys()].join(", ");
    sink.write(`\r\u001b[K${FRAMES[frame++ % FRAMES.length]} Checking online: ${names}…`);
  };
  const clear = () => sink.write("\r\u001b[K");
  return {
    onProgress({ check, phase }) {
      if (!check.online) return;
      if (phase === "start") running.set(check.id, (running.get(check.id) ?? 0) + 1);
      else if ((running.get(check.id) ?? 1) <= 1) running.delete(check.id);
      else running.set(check.id, running.get(check.id)! - 1);
      if (running.size > 0 && !timer) {
        timer = setInterval(draw, INTERVAL_MS);
        timer.unref?.();
        draw();
      } else if (running.size === 0 && timer) {
        clearInterval(timer);
        timer = undefined;
        clear();
      }
    },
    stop() {
      if (timer) {
        clearInterval(timer);
        timer = undefined;
        clear();
      }
    },
  };
}
