import { validateFault, type Fault } from "./fault.js";

/** The emulator's scripted faults: `emu.faults`. */
export interface FaultController {
  /** Adds a fault; it applies after any earlier fault for the same request is spent or cleared. */
  add(fault: Fault): void;
  /** Removes every fault. */
  clear(): void;
  /** Faults still armed, in the order they apply. */
  readonly pending: readonly Fault[];
}

/** Holds faults in order and hands out the first one matching a request, counting down `times`. */
export class FaultRegistry implements FaultController {
  #faults: { fault: Fault; remaining: number }[] = [];

  add(fault: Fault): void {
    const valid = validateFault(fault);
    this.#faults.push({ fault: valid, remaining: valid.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.#faults = [];
  }

  get pending(): readonly Fault[] {
    return this.#faults.map((entry) => entry.fault);
  }

  /** The fault for this request, if any, spending one of its `times`. */
  take(method: string, path: string): Fault | undefined {
    const entry = this.#faults.find(({ fault }) => fault.path === path && (fault.method === undefined || fault.method === method));
    if (entry === undefined) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.#faults = this.#faults.filter((candidate) => candidate !== entry);
    return entry.fault;
  }
}
