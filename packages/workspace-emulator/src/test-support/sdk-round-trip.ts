import { WorkspaceClient } from "@databricks/sdk-experimental";

/** What the official JS SDK saw when driven against an emulator. */
export interface SdkRoundTrip {
  me: { userName: string | undefined; id: string | undefined };
  created: { tokenId: string | undefined; valueLength: number; lifetimeMs: number | undefined; comment: string | undefined };
  listedAfterCreate: string[];
  /** SCIM Me as seen through the newly created token. */
  meWithNewToken: string | undefined;
  listedAfterDelete: string[];
  /** The SDK's error for deleting the same id again. */
  deleteAgainError: { statusCode: number | undefined; errorCode: string | undefined; message: string };
}

/** How the SDK authenticates: a PAT, or OAuth M2M with a service principal's client id and secret. */
export type SdkAuth = { token: string } | { clientId: string; clientSecret: string };

/**
 * Drives `@databricks/sdk-experimental` against `host` with a PAT or OAuth M2M (`auth_type =
 * oauth-m2m`: OIDC discovery, then client credentials at the token endpoint): `currentUser.me`,
 * `tokens.create`, `list`, `delete`. Config is explicit (`env: {}`, no loaders) so nothing is read
 * from the machine; `skipVerify: false` is what makes that SDK verify TLS certificates.
 */
export async function runSdkRoundTrip(host: string, auth: SdkAuth): Promise<SdkRoundTrip> {
  const common = () => ({ host, skipVerify: false, env: {}, loaders: [], retryTimeoutSeconds: 5 });
  const client = (value: string) => new WorkspaceClient({ ...common(), token: value, authType: "pat" });
  const workspace =
    "token" in auth
      ? client(auth.token)
      : new WorkspaceClient({ ...common(), clientId: auth.clientId, clientSecret: auth.clientSecret, authType: "oauth-m2m" });
  const me = await workspace.currentUser.me();
  const created = await workspace.tokens.create({ comment: "sdk fidelity", lifetime_seconds: 3600 });
  const tokenId = created.token_info?.token_id;
  const listed = async () => {
    const ids: string[] = [];
    for await (const info of workspace.tokens.list()) ids.push(info.token_id ?? "");
    return ids;
  };
  const listedAfterCreate = await listed();
  const meWithNewToken = (await client(created.token_value ?? "").currentUser.me()).userName;
  await workspace.tokens.delete({ token_id: tokenId ?? "" });
  const listedAfterDelete = await listed();
  let deleteAgainError: SdkRoundTrip["deleteAgainError"] = { statusCode: undefined, errorCode: undefined, message: "no error" };
  try {
    await workspace.tokens.delete({ token_id: tokenId ?? "" });
  } catch (error) {
    const { statusCode, errorCode, message } = error as { statusCode?: number; errorCode?: string; message: string };
    deleteAgainError = { statusCode, errorCode, message };
  }
  const info = created.token_info;
  return {
    me: { userName: me.userName, id: me.id },
    created: {
      tokenId,
      valueLength: created.token_value?.length ?? 0,
      lifetimeMs: info?.expiry_time !== undefined && info.creation_time !== undefined ? Number(info.expiry_time) - Number(info.creation_time) : undefined,
      comment: info?.comment,
    },
    listedAfterCreate,
    meWithNewToken,
    listedAfterDelete,
    deleteAgainError,
  };
}
