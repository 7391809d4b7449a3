/** Tokens the demo plants in its temporary config. */
export interface DemoTokens {
  good: string;
  expired: string;
}

/** A `.databrickscfg` with a handful of classic mistakes, all pointing at the local emulator. */
export function demoConfigText(url: string, tokens: DemoTokens): string {
  return [
    "; dbcfg doctor --demo: a deliberately broken configuration in a temporary HOME",
    "[DEFAULT]",
    `host = ${url}`,
    `token = ${tokens.good}`,
    "",
    "; a token that has expired since it was pasted here",
    "[expired]",
    `host = ${url}`,
    `token = ${tokens.expired}`,
    "",
    "; the URL copied from the browser, with ?o= and the same token as DEFAULT",
    "[routed]",
    `host = ${url}/?o=1234567890`,
    `token = ${tokens.good}`,
    "",
    "; quotes and an inline comment: the Python SDK reads both into the token",
    "[quoted]",
    `host = ${url}`,
    `token = "${tokens.good}" # personal`,
    "",
    "; username and password (basic auth) reached end of life on 2024-07-10",
    "[legacy]",
    `host = ${url}`,
    "username = someone@example.com",
    "password = not-a-real-password",
    "",
  ].join("\n");
}
