import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";

/** A response as the test saw it; `json` is the parsed body when it parses. */
export interface ApiCallResult {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: unknown;
}

/** Options of {@link callApi}. */
export interface ApiCallOptions {
  method?: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Raw `Authorization` header (overrides `token`). */
  authorization?: string;
  /** JSON-encoded unless already a string. */
  body?: unknown;
  /** Sent as `application/x-www-form-urlencoded` (an OAuth token request); overrides `body`. */
  form?: Record<string, string>;
  /** CA certificate(s) to trust for https URLs. */
  ca?: string;
}

/** One request over a fresh connection (no keep-alive), so faults like resets hit only this call. */
export function callApi(baseUrl: string, path: string, options: ApiCallOptions = {}): Promise<ApiCallResult> {
  const url = new URL(path, baseUrl);
  const body =
    options.form !== undefined
      ? new URLSearchParams(options.form).toString()
      : options.body === undefined
        ? undefined
        : typeof options.body === "string"
          ? options.body
          : JSON.stringify(options.body);
  const headers: Record<string, string> = { Accept: "application/json" };
  const authorization = options.authorization ?? (options.token === undefined ? undefined : `Bearer ${options.token}`);
  if (authorization !== undefined) headers.Authorization = authorization;
  if (body !== undefined) headers["Content-Type"] = options.form === undefined ? "application/json" : "application/x-www-form-urlencoded";
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, { method: options.method ?? "GET", headers, agent: false, ...(options.ca ? { ca: options.ca } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let json: unknown;
        try {
          json = text === "" ? undefined : JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}
