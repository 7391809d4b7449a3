import { ApiFailure } from "./api-failure.js";
import { jsonResponse, type EmulatorResponse } from "./emulator-response.js";

const REQUEST_INFO_TYPE = "type.googleapis.com/google.rpc.RequestInfo";

/**
 * The body Databricks sends for a failure: `{error_code, message, details: [RequestInfo]}`, or for
 * auth-gateway failures the legacy `{"error_code": <number>, "message": …}` without details.
 */
export function renderFailure(failure: ApiFailure, requestId: string): EmulatorResponse {
  const body = failure.options.numericCode
    ? { error_code: failure.status, message: failure.message }
    : {
        error_code: failure.errorCode,
        message: failure.message,
        details: [{ "@type": REQUEST_INFO_TYPE, request_id: requestId, serving_data: "" }],
      };
  return jsonResponse(failure.status, body, failure.options.headers);
}

/** 404 ENDPOINT_NOT_FOUND; like the real gateway, the message drops the `/api/<version>` prefix. */
export function endpointNotFound(method: string, path: string): ApiFailure {
  const shortPath = path.replace(/^\/api\/\d+\.\d+(?=\/)/, "");
  return new ApiFailure(404, "ENDPOINT_NOT_FOUND", `No API found for '${method} ${shortPath}'`);
}
