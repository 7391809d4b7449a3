import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./command.js";
import { nearestFlag } from "./nearest-name.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** What `parseFlags` returns: the flag values by long name, and positional arguments. */
export interface ParsedFlags {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * `node:util` `parseArgs` in strict mode, with its errors turned into `UsageError`s (exit code 2,
 * the command's help printed) and its messages shortened to what the user typed wrong.
 */
export function parseFlags(args: readonly string[], options: Options, allowPositionals = false): ParsedFlags {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, strict: true, allowPositionals });
    return { values: values as ParsedFlags["values"], positionals };
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(/\. To specify a positional argument starting with a '-'.*$/s, ".");
    const unknown = /^Unknown option '--([^']+)'/.exec(message)?.[1];
    const suggestion = unknown === undefined ? undefined : nearestFlag(unknown, Object.keys(options));
    throw new UsageError(suggestion ? message.replace(/\.?$/, ` (did you mean --${suggestion}?)`) : message);
  }
}

/** A flag value that must be a whole number in `[min, max]`, e.g. `--lifetime-seconds 3600`. */
export function parseIntegerFlag(name: string, raw: string | boolean | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (raw === undefined) return undefined;
  const text = String(raw).trim();
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text)) || Number(text) < min || Number(text) > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`--${name} must be a whole number ${range}, got "${text.length > 40 ? `${text.slice(0, 40)}…` : text}".`);
  }
  return Number(text);
}

/** The string value of a flag, or undefined when it was not given. */
export function stringFlag(values: ParsedFlags["values"], name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}
