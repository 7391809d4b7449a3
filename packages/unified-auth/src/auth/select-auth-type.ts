import type { ConfigError, ConfigErrorCode } from "../config-error.js";
import { stateError } from "../state-error.js";
import { CANNOT_CONFIGURE_DEFAULT, DOCS_URL } from "../constants.js";
import { AUTH_CHAINS } from "./strategies.js";
import type { StrategyContext } from "./strategy.js";

/**
 * Run the dialect's credentials chain (databricks-sdk-go@1ff3c785 `config/auth_default.go`,
 * databricks-sdk-py@9ae22415 `databricks/sdk/credentials_provider.py`) and return the chosen auth
 * type, or throw the SDK's exact error:
 * - go: a forced `auth_type` runs only that strategy (`<t> auth: <err>` / `<t> auth: not configured`,
 *   unknown → `auth type "<t>" not found`); otherwise errors are swallowed and the first success wins;
 * - python / js: a forced type skips the others (unknown → nothing matches); the first error aborts.
 */
export async function selectAuthType(ctx: StrategyContext): Promise<string> {
  const { state } = ctx;
  const dialect = state.dialect;
  const chain = AUTH_CHAINS[dialect];
  const forcedValue = state.get("auth_type");
  const forced = forcedValue ? String(forcedValue) : undefined;
  const failure = (code: ConfigErrorCode, message: string): ConfigError => stateError(state, code, message);

  if (dialect === "go" && forced !== undefined) {
    const strategy = chain.find((s) => s.name === forced);
    if (!strategy)
      throw failure(
        "unknown-auth-type",
        `default auth: auth type ${JSON.stringify(forced)} not found, please check ${DOCS_URL} for a list of supported auth types`,
      );
    const outcome = await strategy.configure(ctx);
    if (outcome.kind === "ok") return strategy.name;
    if (outcome.kind === "error") throw failure("auth-failed", `${strategy.name} auth: ${outcome.message}`);
    throw failure("auth-not-configured", `${strategy.name} auth: not configured`);
  }

  for (const strategy of chain) {
    if (forced !== undefined && strategy.name !== forced) continue;
    const outcome = await strategy.configure(ctx);
    if (outcome.kind === "ok") return strategy.name;
    if (outcome.kind === "error" && dialect !== "go") {
      const message = dialect === "python" ? `default auth: ${strategy.name}: ${outcome.message}` : `default auth: ${outcome.message}`;
      throw failure("auth-failed", message);
    }
  }
  const suffix = dialect === "python" ? "." : "";
  throw failure("no-credentials", `default auth: ${CANNOT_CONFIGURE_DEFAULT}${suffix}`);
}
