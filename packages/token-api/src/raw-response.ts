/** A response read to the end: everything later steps need, with the body as text. */
export interface RawResponse {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
  /** The final URL (differs from the request's when an injected fetch followed redirects). */
  url: string;
}
