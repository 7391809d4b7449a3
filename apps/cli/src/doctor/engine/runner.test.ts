import { stat } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { runChecks } from "./runner.js";
import { loadDoctorInput } from "../input/doctor-input.js";
import { loadFixture } from "../../test-support/doctor-harness.js";
import { fakeContext } from "../../test-support/fake-context.js";
import { makeHome } from "../../test-support/temp-home.js";
import type { Check, CheckOutcome } from "./types.js";

const global = (id: string, run: () => Promise<CheckOutcome[]> | CheckOutcome[], extra: Partial<Check> = {}): Check =>
  ({ id, title: id, group: "file", help: "test check", requires: [], online: false, scope: "global", run, ...extra }) as Check;

async function run(checks: Check[], options: { offline?: boolean; timeoutMs?: number } = {}) {
  const home = await makeHome(await loadFixture("env", "two-profiles.databrickscfg"));
  try {
    const cli = fakeContext({ homeDir: home.dir });
    const input = await loadDoctorInput(cli, { allProfiles: true });
    return await runChecks(checks, input, cli, { offline: options.offline ?? false, timeoutMs: options.timeoutMs ?? 1000 });
  } finally {
    await home.cleanup();
  }
}

describe("runChecks", () => {
  it("turns a crashing check into a redacted fail and runs the others", async () => {
    const token = "dapi" + "3c".repeat(16);
    const findings = await run([
      global("crashes", () => {
        throw new Error(`boom with ${token}`);
      }),
      global("fine", () => [{ status: "pass", message: "ok" }]),
    ]);
    expect(findings[0]).toMatchObject({ id: "crashes", status: "fail", message: "The check crashed: boom with dapi…3c3c" });
    expect(findings[1]).toMatchObject({ id: "fine", status: "pass" });
  });

  it("fails a check that exceeds its timeout and aborts its signal", async () => {
    let aborted = false;
    const findings = await run([
      global(
        "slow",
        (...args: unknown[]) => {
          const ctx = args[0] as { signal: AbortSignal };
          return new Promise<CheckOutcome[]>((resolve) =>
            ctx.signal.addEventListener("abort", () => {
              aborted = true;
              resolve([]);
            }),
          );
        },
        { timeoutMs: 50 },
      ),
    ]);
    expect(findings[0]).toMatchObject({ status: "fail", message: "Timed out after 50 ms." });
    expect(aborted).toBe(true);
  });

  it("times out only the profiles whose invocation is still running, and aborts their signal", async () => {
    const aborted: string[] = [];
    const findings = await run([
      {
        id: "per-profile",
        title: "per-profile",
        group: "profiles",
        help: "test",
        requires: [],
        online: false,
        scope: "profile",
        timeoutMs: 50,
        run: (ctx, profile) => {
          if (profile !== "prod") return Promise.resolve([{ status: "pass", message: `${profile} answered` }]);
          return new Promise<CheckOutcome[]>((resolve) =>
            ctx.signal.addEventListener("abort", () => {
              aborted.push(profile);
              resolve([]);
            }),
          );
        },
      },
    ]);
    expect(findings.map((f) => `${f.profile}/${f.status}/${f.message}`)).toEqual(["DEFAULT/pass/DEFAULT answered", "prod/fail/Timed out after 50 ms."]);
    expect(aborted).toEqual(["prod"]);
  });

  it("turns a synchronous throw of one profile's invocation into a fail for that profile only", async () => {
    const findings = await run([
      {
        id: "sync",
        title: "sync",
        group: "profiles",
        help: "test",
        requires: [],
        online: false,
        scope: "profile",
        run: (_ctx, profile) => {
          if (profile === "prod") throw new Error("no prod");
          return [{ status: "pass", message: profile }];
        },
      },
    ]);
    expect(findings.map((f) => `${f.profile}/${f.status}/${f.message}`)).toEqual(["DEFAULT/pass/DEFAULT", "prod/fail/The check crashed: no prod"]);
  });

  it("keeps profile order when some profiles answer synchronously and others with a promise that settles later or rejects", async () => {
    const perProfile = (id: string, run: Check["run"]): Check =>
      ({ id, title: id, group: "profiles", help: "test", requires: [], online: false, scope: "profile", run }) as Check;
    const findings = await run([
      perProfile("mixed", (_ctx, profile) =>
        profile === "DEFAULT"
          ? new Promise((resolve) => setTimeout(() => resolve([{ status: "warn", message: "late" }]), 20))
          : [{ status: "pass", message: "now" }],
      ),
      perProfile("rejects", (_ctx, profile) => (profile === "prod" ? Promise.reject(new Error("no prod")) : [])),
    ]);
    expect(findings.map((f) => `${f.id}/${f.profile}/${f.status}/${f.message}`)).toEqual([
      "mixed/DEFAULT/warn/late",
      "mixed/prod/pass/now",
      "rejects/DEFAULT/pass/Nothing to report.",
      "rejects/prod/fail/The check crashed: no prod",
    ]);
  });

  it("skips dependents of a failed check, transitively, per profile", async () => {
    const profileCheck = (id: string, requires: string[], outcome: (profile: string) => CheckOutcome): Check =>
      ({
        id,
        title: id,
        group: "profiles",
        help: "test",
        requires,
        online: false,
        scope: "profile",
        run: (_ctx: unknown, p: string) => [outcome(p)],
      }) as unknown as Check;
    const findings = await run([
      profileCheck("first", [], (p) => ({ status: p === "prod" ? "fail" : "pass", message: p })),
      profileCheck("second", ["first"], (p) => ({ status: "pass", message: p })),
      profileCheck("third", ["second"], (p) => ({ status: "pass", message: p })),
    ]);
    expect(findings.map((f) => `${f.id}/${f.profile}/${f.status}`)).toEqual([
      "first/DEFAULT/pass",
      "first/prod/fail",
      "second/DEFAULT/pass",
      "second/prod/skip",
      "third/DEFAULT/pass",
      "third/prod/skip",
    ]);
    expect(findings.find((f) => f.id === "third" && f.profile === "prod")!.message).toBe("Skipped: second did not pass.");
  });

  it("runs independent checks in parallel (both started before either finished)", async () => {
    const events: string[] = [];
    const gate = (name: string) => async () => {
      events.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      events.push(`end ${name}`);
      return [{ status: "pass" as const, message: name }];
    };
    await run([global("a", gate("a")), global("b", gate("b"))]);
    expect(events.slice(0, 2).sort()).toEqual(["start a", "start b"]);
  });

  it("skips online checks under --offline", async () => {
    const findings = await run([global("net", () => [{ status: "pass", message: "x" }], { online: true, group: "online" })], { offline: true });
    expect(findings[0]).toMatchObject({ status: "skip", message: "Skipped: --offline." });
  });

  it("reports an empty result as a pass rather than nothing", async () => {
    const findings = await run([global("quiet", () => [])]);
    expect(findings).toEqual([{ id: "quiet", title: "quiet", status: "pass", message: "Nothing to report." }]);
  });
});

describe("runChecks on a large local file", () => {
  it("never times out an offline check whose wait was spent on other checks' synchronous work", async () => {
    const busy = (ms: number): CheckOutcome[] => {
      const end = Date.now() + ms;
      while (Date.now() < end) {
        // Stands for the synchronous parsing of a huge config file by another check.
      }
      return [{ status: "pass", message: "busy done" }];
    };
    const findings = await run(
      [
        global("local-io", async () => {
          // File I/O completes in the poll phase, after an expired timer: as readdir did in the doctor.
          await stat(".");
          return [{ status: "pass", message: "read" }];
        }),
        global("cpu-bound", () => busy(120)),
      ],
      { timeoutMs: 20 },
    );
    expect(findings.map((f) => `${f.id}/${f.status}`)).toEqual(["local-io/pass", "cpu-bound/pass"]);
  });
});
