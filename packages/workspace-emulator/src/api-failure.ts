/**
 * A request that fails the way Databricks fails it. Handlers throw it; the dispatcher renders
 * `{error_code, message, details}` (or, with `numericCode`, the legacy auth-gateway body
 * `{"error_code": 403, "message": …}` that real PAT failures use).
 */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    readonly options: { numericCode?: boolean; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = "ApiFailure";
  }
}

/** 400 INVALID_PARAMETER_VALUE: a field is present but unacceptable. */
export function invalidParameter(message: string): ApiFailure {
  return new ApiFailure(400, "INVALID_PARAMETER_VALUE", message);
}

/** 404 RESOURCE_DOES_NOT_EXIST: what the Token API says for an unknown or no-longer-valid token id. */
export function tokenDoesNotExist(tokenId: string): ApiFailure {
  return new ApiFailure(404, "RESOURCE_DOES_NOT_EXIST", `Token with ID ${tokenId} does not exist`);
}
