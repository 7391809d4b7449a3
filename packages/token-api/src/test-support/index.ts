export { scriptedFetch, fakeClock, type Step, type RecordedCall } from "./scripted-fetch.js";
export { startTestWorkspace, type TestWorkspace } from "./test-workspace.js";
export { httpsFetchWithCa } from "./https-fetch.js";
export { apiFailure } from "./api-failure.js";
