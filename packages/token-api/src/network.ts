/**
 * `@dbcfg/token-api/network`: the proxy and CA rules of every dbcfg network call, without the
 * Token API client (a light entry for the CLI's doctor checks; undici loads only on a request).
 */
export { createNetworkFetch, type NetworkFetchOptions } from "./network/create-network-fetch.js";
export { proxyFor, isProxyRoute, type ProxyDecision, type ProxyRoute, type ProxyExclusion } from "./network/proxy-for.js";
export { PROXY_VARIABLES, readProxySetting, type NetworkEnv, type ProxyVariable, type ProxySetting } from "./network/proxy-variables.js";
export { parseProxyUrl, maskProxyUrl, maskProxyText, proxyAuthorization, ProxyConfigError } from "./network/proxy-url.js";
export {
  CA_BUNDLE_VARIABLES,
  CaBundleError,
  readCaBundle,
  parsePemCertificates,
  loadExtraCaCertificates,
  loadTrustedCaCertificates,
  type CaBundleVariable,
  type CaBundleProblem,
} from "./network/ca-bundle.js";
