import { normalizeClusters, type EmulatorCluster } from "./normalize-clusters.js";
import type { Principal } from "./principal.js";
import { DEFAULT_ENTRA_TENANT_ID, DEFAULT_SERVICE_PRINCIPALS, DEFAULT_USERS, DEFAULT_WORKSPACE_CONF, DEFAULT_WORKSPACE_ID, type EmulatorSeed } from "./seed.js";
import { knownPrincipal, normalizeStrings } from "./seed-fields.js";
import { toTokenId } from "./token-value.js";
import { Validator } from "./validate.js";
import { EmulatorConfigError } from "./emulator-config-error.js";

/** A seed token after validation; `value` stays undefined when the seed gave none. */
export interface NormalizedSeedToken {
  ownerUserName: string;
  createdByUserName: string;
  value: string | undefined;
  comment: string | undefined;
  creationTime: number | undefined;
  expiryTime: number;
  lastUsedTime: number | undefined;
  scopes: string[] | undefined;
}

/** A validated seed with every default filled in. */
export interface NormalizedSeed {
  workspaceId: number;
  principals: Principal[];
  workspaceConf: Record<string, string>;
  tokens: NormalizedSeedToken[];
  blockedAddresses: string[];
  clusters: EmulatorCluster[];
  entraTenantId: string;
}

const check = new Validator("EMULATOR_INVALID_SEED");
const MAX_INT64_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Validates a seed (possibly read from a JSON file) and fills in the defaults. Throws
 * {@link EmulatorConfigError} naming the first bad field, e.g. `seed.tokens[2].userName`.
 */
export function normalizeSeed(input: EmulatorSeed | unknown = {}, where = "seed"): NormalizedSeed {
  const seed = check.record(input, where);
  check.knownKeys(seed, where, ["workspaceId", "users", "servicePrincipals", "workspaceConf", "tokens", "blockedAddresses", "clusters", "entraTenantId"]);
  const workspaceId = check.optionalInteger(seed.workspaceId, `${where}.workspaceId`, 1, MAX_INT64_SAFE) ?? DEFAULT_WORKSPACE_ID;
  const principals = [...normalizeUsers(seed.users, `${where}.users`), ...normalizeServicePrincipals(seed.servicePrincipals, `${where}.servicePrincipals`)];
  assertUnique(principals, where);
  const workspaceConf = { ...DEFAULT_WORKSPACE_CONF, ...normalizeConf(seed.workspaceConf, `${where}.workspaceConf`) };
  const tokens = normalizeTokens(seed.tokens, `${where}.tokens`, new Set(principals.map((p) => p.userName)));
  const blockedAddresses = normalizeStrings(seed.blockedAddresses, `${where}.blockedAddresses`) ?? [];
  const clusters = normalizeClusters(seed.clusters, `${where}.clusters`, new Set(principals.map((p) => p.userName)));
  const entraTenantId = check.optionalString(seed.entraTenantId, `${where}.entraTenantId`) ?? DEFAULT_ENTRA_TENANT_ID;
  return { workspaceId, principals, workspaceConf, tokens, blockedAddresses, clusters, entraTenantId };
}

function normalizeUsers(value: unknown, where: string): Principal[] {
  const users = value === undefined ? DEFAULT_USERS : check.array(value, where);
  if (users.length === 0) throw new EmulatorConfigError("EMULATOR_INVALID_SEED", `${where} must list at least one user`);
  return users.map((entry, index) => {
    const at = `${where}[${index}]`;
    const user = check.record(entry, at);
    check.knownKeys(user, at, ["userName", "displayName", "id", "admin"]);
    const userName = check.string(user.userName, `${at}.userName`);
    return {
      kind: "user",
      userName,
      displayName: check.optionalString(user.displayName, `${at}.displayName`) ?? userName.split("@")[0] ?? userName,
      id: check.optionalInteger(user.id, `${at}.id`, 1, MAX_INT64_SAFE) ?? 7000000000000001 + index,
      admin: check.optionalBoolean(user.admin, `${at}.admin`) ?? false,
    };
  });
}

function normalizeServicePrincipals(value: unknown, where: string): Principal[] {
  const principals = value === undefined ? DEFAULT_SERVICE_PRINCIPALS : check.array(value, where);
  return principals.map((entry, index) => {
    const at = `${where}[${index}]`;
    const sp = check.record(entry, at);
    check.knownKeys(sp, at, ["applicationId", "displayName", "id", "admin", "secret"]);
    const applicationId = check.string(sp.applicationId, `${at}.applicationId`);
    const secret = check.optionalString(sp.secret, `${at}.secret`);
    return {
      kind: "servicePrincipal",
      userName: applicationId,
      displayName: check.optionalString(sp.displayName, `${at}.displayName`) ?? applicationId,
      id: check.optionalInteger(sp.id, `${at}.id`, 1, MAX_INT64_SAFE) ?? 8000000000000001 + index,
      admin: check.optionalBoolean(sp.admin, `${at}.admin`) ?? false,
      ...(secret === undefined ? {} : { secretHash: toTokenId(secret) }),
    };
  });
}

function assertUnique(principals: Principal[], where: string): void {
  const names = new Set<string>();
  const ids = new Set<number>();
  for (const principal of principals) {
    if (names.has(principal.userName)) {
      throw new EmulatorConfigError("EMULATOR_INVALID_SEED", `${where} names "${principal.userName}" twice`);
    }
    if (ids.has(principal.id)) {
      throw new EmulatorConfigError("EMULATOR_INVALID_SEED", `${where} uses principal id ${principal.id} twice`);
    }
    names.add(principal.userName);
    ids.add(principal.id);
  }
}

function normalizeConf(value: unknown, where: string): Record<string, string> {
  if (value === undefined) return {};
  const conf = check.record(value, where);
  const result: Record<string, string> = {};
  for (const [key, entry] of Object.entries(conf)) {
    if (typeof entry !== "string") return check.fail(`${where}.${key}`, "a string (workspace-conf values are strings)", entry);
    result[key] = entry;
  }
  return result;
}

function normalizeTokens(value: unknown, where: string, principalNames: Set<string>): NormalizedSeedToken[] {
  if (value === undefined) return [];
  const seen = new Map<string, number>();
  return check.array(value, where).map((entry, index) => {
    const at = `${where}[${index}]`;
    const token = check.record(entry, at);
    check.knownKeys(token, at, ["userName", "value", "comment", "creationTime", "expiryTime", "lastUsedTime", "createdBy", "scopes"]);
    const ownerUserName = knownPrincipal(token.userName, `${at}.userName`, principalNames);
    const createdByUserName = token.createdBy === undefined ? ownerUserName : knownPrincipal(token.createdBy, `${at}.createdBy`, principalNames);
    const tokenValue = check.optionalString(token.value, `${at}.value`);
    if (tokenValue !== undefined) {
      const first = seen.get(tokenValue);
      if (first !== undefined) {
        throw new EmulatorConfigError("EMULATOR_INVALID_SEED", `${at}.value repeats the value of ${where}[${first}]`);
      }
      seen.set(tokenValue, index);
    }
    const expiryTime = check.optionalInteger(token.expiryTime, `${at}.expiryTime`, -1) ?? -1;
    if (expiryTime === 0 || expiryTime < -1) check.fail(`${at}.expiryTime`, "-1 (never expires) or epoch milliseconds", expiryTime);
    return {
      ownerUserName,
      createdByUserName,
      value: tokenValue,
      comment: check.optionalString(token.comment, `${at}.comment`),
      creationTime: check.optionalInteger(token.creationTime, `${at}.creationTime`, 0),
      expiryTime,
      lastUsedTime: check.optionalInteger(token.lastUsedTime, `${at}.lastUsedTime`, 0),
      scopes: normalizeStrings(token.scopes, `${at}.scopes`),
    };
  });
}
