import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callApi } from "./test-support/call-api.js";
import { spawnNode } from "./test-support/spawn-node.js";
import { createTestCertificates, type TestCertificates } from "./test-support/tls-certs.js";

const BIN = "packages/workspace-emulator/src/bin.ts";
const ENV = { HOME: tmpdir() };
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "dbcfg-emulator-bin-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("dbcfg-emulator", () => {
  it("starts with a #!/usr/bin/env node line so the built dist/bin.js is executable", async () => {
    expect((await readFile(new URL("./bin.ts", import.meta.url), "utf8")).split("\n")[0]).toBe("#!/usr/bin/env node");
  });

  it("prints {url, token} first, serves an admin token, and exits 0 on SIGTERM", async () => {
    const run = spawnNode(BIN, [], ENV);
    const first = JSON.parse(await run.firstLine) as { url: string; token: string };
    expect(Object.keys(first)).toEqual(["url", "token"]);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(first.token).toMatch(/^dapi[0-9a-f]{32}$/);
    const me = await fetch(`${first.url}/api/2.0/preview/scim/v2/Me`, { headers: { Authorization: `Bearer ${first.token}` } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { userName: string }).userName).toBe("admin@example.com");
    const admin = await fetch(`${first.url}/api/2.0/token-management/tokens`, { headers: { Authorization: `Bearer ${first.token}` } });
    expect(admin.status).toBe(200);
    run.child.kill("SIGTERM");
    const { code, stdout, stderr } = await run.exited;
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toContain(first.token);
  });

  it("prints usage and exits 0 for --help", async () => {
    const { code, stdout } = await spawnNode(BIN, ["--help"], ENV).exited;
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: dbcfg-emulator");
    expect(stdout).toContain("--tls-cert");
  });

  it.each([
    [["--port", "http"], /--port must be an integer from 0 to 65535/],
    [["--tls-key", "k.pem"], /--tls-key and --tls-cert must be given together/],
    [["--nope"], /Unknown option '--nope'/],
    [["--seed", "/nonexistent/seed.json"], /cannot read seed file \/nonexistent\/seed\.json: ENOENT/],
  ])("exits 2 with a clear message for %j", async (args, message) => {
    const { code, stderr, stdout } = await spawnNode(BIN, args, ENV).exited;
    expect(code).toBe(2);
    expect(stderr).toMatch(/^dbcfg-emulator: /);
    expect(stderr).toMatch(message);
    expect(stdout).toBe("");
  });

  it("serves a seed file and mints the token for its first admin", async () => {
    const seedPath = join(dir, "seed.json");
    await writeFile(seedPath, JSON.stringify({ users: [{ userName: "dev@corp.com" }, { userName: "boss@corp.com", admin: true }], workspaceId: 99 }));
    const run = spawnNode(BIN, ["--seed", seedPath, "--port", "0"], ENV);
    const { url, token } = JSON.parse(await run.firstLine) as { url: string; token: string };
    const me = await callApi(url, "/api/2.0/preview/scim/v2/Me", { token });
    expect(me.json).toMatchObject({ userName: "boss@corp.com" });
    expect(me.headers["x-databricks-org-id"]).toBe("99");
    run.child.kill("SIGINT");
    expect((await run.exited).code).toBe(0);
  });

  it("rejects a bad seed file by path and field, and never echoes a token from it", async () => {
    const planted = `dapi${randomBytes(16).toString("hex")}`;
    const badField = join(dir, "bad-field.json");
    await writeFile(badField, JSON.stringify({ tokens: [{ userName: planted }] }));
    const notJson = join(dir, "not-json.json");
    await writeFile(notJson, `{"tokens": [{"value": ${planted}}]}`);
    const noAdmin = join(dir, "no-admin.json");
    await writeFile(noAdmin, JSON.stringify({ users: [{ userName: "dev@corp.com" }] }));
    const expectations: [string, RegExp][] = [
      [badField, /seed file .*bad-field\.json: seed\.tokens\[0\]\.userName is not a seeded user/],
      [notJson, /seed file .*not-json\.json is not valid JSON/],
      [noAdmin, /the seed has no admin user/],
    ];
    for (const [path, message] of expectations) {
      const { code, stderr } = await spawnNode(BIN, ["--seed", path], ENV).exited;
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
      expect(stderr).not.toContain(planted);
    }
  });

  describe("over TLS", () => {
    let certs: TestCertificates;
    beforeAll(async () => {
      certs = await createTestCertificates();
    });
    afterAll(async () => {
      await certs.cleanup();
    });

    it("serves https with --tls-key/--tls-cert, trusted through the test CA", async () => {
      const run = spawnNode(BIN, ["--tls-key", certs.keyPath, "--tls-cert", certs.certPath], ENV);
      const { url, token } = JSON.parse(await run.firstLine) as { url: string; token: string };
      expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect((await callApi(url, "/api/2.0/token/list", { token, ca: certs.caCert })).status).toBe(200);
      await expect(callApi(url, "/api/2.0/token/list", { token })).rejects.toMatchObject({ code: "UNABLE_TO_VERIFY_LEAF_SIGNATURE" });
      run.child.kill("SIGTERM");
      expect((await run.exited).code).toBe(0);
    });
  });
});
