/** The environment a network layer reads (a plain record, so tests and the CLI pass their own). */
export type NetworkEnv = Readonly<Record<string, string | undefined>>;

/** The proxy variables, each in the two spellings the runtimes read. */
export const PROXY_VARIABLES = {
  https: ["HTTPS_PROXY", "https_proxy"],
  http: ["HTTP_PROXY", "http_proxy"],
  noProxy: ["NO_PROXY", "no_proxy"],
} as const;

export type ProxyVariable = (typeof PROXY_VARIABLES)[keyof typeof PROXY_VARIABLES][number];

/** One variable that is set, with its value. */
export interface ProxySetting {
  name: ProxyVariable;
  value: string;
}

/**
 * The value Go reads for one setting: the UPPER-case spelling first, then the lower-case one, an
 * empty value counting as unset (`getEnvAny` in golang.org/x/net/http/httpproxy `FromEnvironment`,
 * https://pkg.go.dev/golang.org/x/net/http/httpproxy#FromEnvironment). Python's `urllib`
 * (`getproxies_environment`) and undici's `EnvHttpProxyAgent` prefer the lower-case spelling
 * instead; the doctor's `proxy-settings` check warns when the two disagree.
 */
export function readProxySetting(env: NetworkEnv, names: readonly [ProxyVariable, ProxyVariable]): ProxySetting | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return { name, value };
  }
  return undefined;
}
