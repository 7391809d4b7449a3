import { ApiFailure } from "./api-failure.js";
import type { WorkspaceState } from "./workspace-state.js";

/** An address as a deny list compares it: IPv4-mapped IPv6 (`::ffff:127.0.0.1`) reads as the IPv4 address. */
export function toClientAddress(address: string): string {
  return address
    .trim()
    .toLowerCase()
    .replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
}

/**
 * Refuses a request from a blocked client address before authentication, with the body the real
 * IP access list sends: `{"error_code":403,"message":"Source IP address: <ip> is blocked by
 * Databricks IP ACL for workspace: <id>"}` (reported verbatim in
 * https://github.com/omnigent-ai/omnigent/issues/4463; feature:
 * https://docs.databricks.com/aws/en/security/network/front-end/ip-access-list).
 */
export function enforceIpAccessList(state: WorkspaceState, clientAddress: string | undefined): void {
  if (clientAddress === undefined) return;
  const address = toClientAddress(clientAddress);
  if (!state.blockedAddresses.has(address)) return;
  throw new ApiFailure(403, "403", `Source IP address: ${address} is blocked by Databricks IP ACL for workspace: ${state.workspaceId}`, { numericCode: true });
}
