/**
 * The two 403 refusals that are not about the token being bad, read from the server's message.
 *
 * IP access lists: `{"error_code":403,"message":"Source IP address: 75.125.237.108 is blocked by
 * Databricks IP ACL for workspace: 7474646471015793"}` (reported verbatim in
 * https://github.com/omnigent-ai/omnigent/issues/4463; IP access lists:
 * https://docs.databricks.com/aws/en/security/network/front-end/ip-access-list).
 *
 * Scoped tokens: `{"error_code":403,"message":"Provided access token does not have required
 * scopes: sql"}` (OAuth tokens say "Provided OAuth token …"; scopes per operation:
 * https://docs.databricks.com/api/workspace/scopes).
 */
const IP_ACL = /Source IP address:?\s*(\S+?)\s+is blocked by Databricks IP ACL(?: for workspace:?\s*(\d+))?/i;
const SCOPES = /does not have required scopes?:?\s*([^[\]]*?)\s*(?:\[ReqId:[^\]]*\])?\s*$/i;

/** What an IP-ACL 403 says: the address the workspace saw and, when given, the workspace id. */
export interface IpAclDenial {
  address: string;
  workspaceId?: string;
}

/** True for the 403 message of a request refused by the workspace's IP access list. */
export function isIpAclDenial(message: string): boolean {
  return IP_ACL.test(message);
}

/** True for the 403 message of a token that lacks a scope the endpoint needs. */
export function isScopeDenial(message: string): boolean {
  return SCOPES.test(message);
}

/** The address and workspace of an IP-ACL refusal, or `undefined` for any other message. */
export function parseIpAclDenial(message: string): IpAclDenial | undefined {
  const match = IP_ACL.exec(message);
  if (match?.[1] === undefined) return undefined;
  return { address: match[1].replace(/[.,;]+$/, ""), ...(match[2] === undefined ? {} : { workspaceId: match[2] }) };
}

/** The scopes a refused call needed (`["sql"]`), or `undefined` when the message is not a scope refusal. */
export function parseScopeDenial(message: string): string[] | undefined {
  const match = SCOPES.exec(message);
  if (match?.[1] === undefined) return undefined;
  return match[1]
    .split(/[\s,]+/)
    .map((scope) => scope.replace(/[.;]+$/, ""))
    .filter((scope) => scope.length > 0);
}
