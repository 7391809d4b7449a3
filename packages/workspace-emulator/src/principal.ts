/** Someone who can own and use tokens: a user or a service principal. */
export interface Principal {
  readonly kind: "user" | "servicePrincipal";
  readonly id: number;
  /** Email for users, application id for service principals. */
  readonly userName: string;
  readonly displayName: string;
  readonly admin: boolean;
  /** SHA-256 hex of the OAuth client secret (service principals only); absent → no M2M. */
  readonly secretHash?: string;
}
