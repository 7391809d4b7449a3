import { describe, expect, it } from "vitest";
import { parseBinArgs } from "./parse-bin-args.js";

describe("parseBinArgs", () => {
  it("defaults to 127.0.0.1 on port 0 without TLS or seed", () => {
    expect(parseBinArgs([])).toEqual({ help: false, port: 0, host: "127.0.0.1", tlsKeyPath: undefined, tlsCertPath: undefined, seedPath: undefined });
  });

  it("reads every option", () => {
    expect(parseBinArgs(["--port", "8443", "--host", "::1", "--tls-key", "k.pem", "--tls-cert", "c.pem", "--seed", "s.json"])).toEqual({
      help: false,
      port: 8443,
      host: "::1",
      tlsKeyPath: "k.pem",
      tlsCertPath: "c.pem",
      seedPath: "s.json",
    });
    expect(parseBinArgs(["--help"]).help).toBe(true);
    expect(parseBinArgs(["-h"]).help).toBe(true);
  });

  it.each([
    [["--port", "65536"], /--port must be an integer from 0 to 65535, got "65536"/],
    [["--port=-1"], /--port must be an integer/],
    [["--port", "1.5"], /--port must be an integer/],
    [["--tls-cert", "c.pem"], /--tls-key and --tls-cert must be given together/],
    [["extra"], /Unexpected argument 'extra'/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseBinArgs(argv)).toThrow(message);
  });
});
