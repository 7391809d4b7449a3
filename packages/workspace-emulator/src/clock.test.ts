import { describe, expect, it } from "vitest";
import { createClock } from "./clock.js";

describe("createClock", () => {
  it("adds every advance to the base clock", () => {
    let base = 1_000;
    const clock = createClock(() => base);
    clock.advance(500);
    expect(clock.now()).toBe(1_500);
    base = 2_000;
    clock.advance(1);
    expect(clock.now()).toBe(2_501);
  });

  it("refuses to go backwards or by a non-number", () => {
    const clock = createClock(() => 0);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.advance(Number.NaN)).toThrow(/non-negative/);
  });
});
