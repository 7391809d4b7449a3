import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator } from "@dbcfg/workspace-emulator";
import type { CliContext } from "../../context.js";
import { printLine } from "../../io/print.js";
import type { DoctorFlags } from "../engine/doctor-options.js";
import { demoConfigText } from "./demo-config.js";

const DAY_MS = 24 * 60 * 60 * 1000;
const ADMIN = "admin@example.com";

/**
 * `dbcfg doctor --demo`: starts the workspace emulator in-process, writes a temporary HOME with a
 * deliberately broken `.databrickscfg` and a few seeded tokens (never-expiring, expiring soon,
 * unused for 75 days), runs every check including the online ones against it, prints the report
 * and cleans up. Exits 0: the findings are the point of a demonstration; only a crash of dbcfg
 * itself (exit 2, from `main`) is an error. `report` runs and prints the doctor for the demo's
 * context; it is passed in so that this module (loaded on demand) shares no code with start-up.
 */
export async function runDemo(ctx: CliContext, flags: Pick<DoctorFlags, "format">, report: (demoCtx: CliContext) => Promise<void>): Promise<number> {
  const now = ctx.now();
  const emulator = await startEmulator({
    now: () => ctx.now(),
    seed: {
      tokens: [
        { userName: ADMIN, comment: "nightly job (never expires)", expiryTime: -1, creationTime: now - 30 * DAY_MS, lastUsedTime: now - DAY_MS },
        { userName: ADMIN, comment: "laptop", expiryTime: now + 5 * DAY_MS, creationTime: now - 85 * DAY_MS, lastUsedTime: now - 2 * DAY_MS },
        {
          userName: "user@example.com",
          comment: "old experiment",
          expiryTime: now + 200 * DAY_MS,
          creationTime: now - 120 * DAY_MS,
          lastUsedTime: now - 75 * DAY_MS,
        },
      ],
    },
  });
  const home = await mkdtemp(join(tmpdir(), "dbcfg-demo-"));
  try {
    const good = emulator.mintToken({ userName: ADMIN, lifetimeSeconds: 60 * 24 * 3600, comment: "dbcfg demo" });
    const expired = emulator.mintToken({ userName: ADMIN, lifetimeSeconds: 60, comment: "dbcfg demo (expired)" });
    emulator.clock.advance(120_000);
    const configPath = join(home, ".databrickscfg");
    const text = demoConfigText(emulator.url, { good, expired });
    await writeFile(configPath, text, { mode: 0o644 });
    const sink = flags.format === "text" ? ctx.stdout : ctx.stderr;
    printLine(sink, `Demo: workspace emulator at ${emulator.url}; temporary config ${configPath} (deleted afterwards):\n`);
    printLine(
      sink,
      text
        .split("\n")
        .map((line) => `    ${line}`)
        .join("\n"),
    );
    const demoCtx: CliContext = {
      ...ctx,
      homeDir: home,
      cwd: home,
      env: { HOME: home, PATH: ctx.env.PATH, ...(ctx.env.NO_COLOR !== undefined ? { NO_COLOR: ctx.env.NO_COLOR } : {}) },
      now: () => emulator.clock.now(),
    };
    await report(demoCtx);
    if (flags.format === "text")
      printLine(ctx.stdout, "\nThis was a demonstration: the exit code is 0 whatever it found. Run `dbcfg doctor` to check your own set-up.");
    return 0;
  } finally {
    await emulator.close();
    await rm(home, { recursive: true, force: true });
  }
}
