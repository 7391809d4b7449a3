/**
 * `@dbcfg/token-api/testing`: helpers for other packages' tests (never imported at run time): a
 * local HTTP CONNECT proxy that proves traffic went through it.
 */
export { startConnectProxy, type ConnectProxy, type ConnectProxyOptions } from "./test-support/connect-proxy.js";
