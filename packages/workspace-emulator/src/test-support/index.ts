export { createTestCertificates, type LeafCertificateOptions, type TestCertificates } from "./tls-certs.js";
export { callApi, type ApiCallOptions, type ApiCallResult } from "./call-api.js";
export { closedPort } from "./closed-port.js";
