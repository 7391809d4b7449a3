/**
 * `https://`, kept out of test inputs' text so that the repository's own lint (which runs
 * `@dbcfg/no-token-in-url`) does not report the URLs these tests feed to the rule on purpose.
 */
export const HTTPS = "https://";
