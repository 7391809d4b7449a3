import { shellQuote } from "./shell-quote.js";

/** The line under a configuration that does not resolve: the doctor run that explains it, for the profile that failed when one was named. */
export function doctorHint(profile?: string): string {
  const command = profile === undefined ? "dbcfg doctor" : `dbcfg doctor -p ${shellQuote(profile)}`;
  return `(\`${command}\` explains what is wrong and how to fix it.)`;
}
