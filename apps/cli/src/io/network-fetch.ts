/**
 * The `fetch` of a real `dbcfg` process: `@dbcfg/token-api/network` `createNetworkFetch` over the
 * process environment (HTTPS_PROXY, NO_PROXY, NODE_EXTRA_CA_CERTS, SSL_CERT_FILE,
 * REQUESTS_CA_BUNDLE), loaded on the first request so that commands which never talk to a
 * workspace never load it.
 */
export function lazyNetworkFetch(env: Readonly<Record<string, string | undefined>>): typeof fetch {
  let networkFetch: Promise<typeof fetch> | undefined;
  return async (input, init) => {
    networkFetch ??= import("@dbcfg/token-api/network").then(({ createNetworkFetch }) => createNetworkFetch({ env }));
    return (await networkFetch)(input, init);
  };
}
