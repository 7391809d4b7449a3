/**
 * `@dbcfg/workspace-emulator/testing`: helpers for other packages' tests (never imported by the
 * emulator at run time): throw-away TLS certificates, raw API calls, a port nothing listens on.
 */
export {
  createTestCertificates,
  type LeafCertificateOptions,
  type TestCertificates,
  callApi,
  type ApiCallOptions,
  type ApiCallResult,
  closedPort,
} from "./test-support/index.js";
