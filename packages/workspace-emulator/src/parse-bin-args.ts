import { parseArgs } from "node:util";

/** What `dbcfg-emulator` was asked to do. */
export interface BinArgs {
  help: boolean;
  port: number;
  host: string;
  tlsKeyPath: string | undefined;
  tlsCertPath: string | undefined;
  seedPath: string | undefined;
}

/** Usage text of `dbcfg-emulator`. */
export const BIN_USAGE = `Usage: dbcfg-emulator [options]

Serves a local Databricks workspace (Token API, token management, workspace-conf, SCIM Me).
Prints {"url": …, "token": …} (a freshly minted admin token) as the first stdout line, then
serves until SIGINT or SIGTERM.

Options:
  --port <n>         port to listen on (default 0: any free port)
  --host <address>   interface to listen on (default 127.0.0.1)
  --tls-key <file>   PEM private key; with --tls-cert serves HTTPS
  --tls-cert <file>  PEM certificate chain
  --seed <file>      JSON EmulatorSeed (users, service principals, workspace-conf, tokens)
  --help             show this help
`;

/** Parses argv; throws an Error whose message says which option is wrong. */
export function parseBinArgs(argv: readonly string[]): BinArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      help: { type: "boolean", short: "h" },
      port: { type: "string" },
      host: { type: "string" },
      "tls-key": { type: "string" },
      "tls-cert": { type: "string" },
      seed: { type: "string" },
    },
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!/^\d+$/.test(values.port ?? "0") || port > 65_535) {
    throw new Error(`--port must be an integer from 0 to 65535, got ${JSON.stringify(values.port)}`);
  }
  if ((values["tls-key"] === undefined) !== (values["tls-cert"] === undefined)) {
    throw new Error("--tls-key and --tls-cert must be given together");
  }
  return {
    help: values.help === true,
    port,
    host: values.host ?? "127.0.0.1",
    tlsKeyPath: values["tls-key"],
    tlsCertPath: values["tls-cert"],
    seedPath: values.seed,
  };
}
