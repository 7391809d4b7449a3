const SHELL_SPECIAL = /[\s"\\$`!#&|;(){}[\]<>?*~']/;

/**
 * A word as a POSIX shell reads it back unchanged: as it is when the shell would neither split nor
 * expand it, else single-quoted: the form `databricks auth env --output text` writes values in,
 * line breaks quoted too. Every command dbcfg suggests quotes the names it fills in with this, so a
 * profile `[my workspace]` stays one argument when the suggestion is pasted.
 */
export function shellQuote(word: string): string {
  if (word === "") return "''";
  return SHELL_SPECIAL.test(word) ? `'${word.replaceAll("'", "'\\''")}'` : word;
}
