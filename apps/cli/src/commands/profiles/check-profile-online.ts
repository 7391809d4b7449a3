import { errorText } from "../../cli/error-text.js";
import type { OpenTokenService } from "../token/token-service.js";

/** The outcome of calling SCIM `Me` with a profile's token (or its service principal's access token). */
export type OnlineVerdict = { ok: true; userName: string } | { ok: false; reason: string };

/**
 * Calls SCIM `Me` with the profile's token under one deadline for the whole call (retries and
 * waits included), so one dead or slow host cannot hold the listing up.
 */
export async function checkProfileOnline(
  open: OpenTokenService,
  host: string,
  auth: Parameters<OpenTokenService>[1],
  timeoutMs: number,
): Promise<OnlineVerdict> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const me = await (await open(host, auth)).me({ signal });
    return { ok: true, userName: me.userName };
  } catch (error) {
    if (signal.aborted) return { ok: false, reason: `timeout: no answer from ${host} within ${timeoutMs} ms` };
    const classification = (error as { classification?: unknown }).classification;
    return { ok: false, reason: typeof classification === "string" ? `${classification}: ${errorText(error)}` : errorText(error) };
  }
}
