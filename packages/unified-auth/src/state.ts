import type { AttributeSource, AttributeValue, Dialect } from "./types.js";

interface Entry {
  value: AttributeValue;
  source: AttributeSource;
}

/** A value that a higher source hid, before redaction. */
export interface RawShadowed {
  name: string;
  value: AttributeValue;
  source: AttributeSource;
  hiddenBy: AttributeSource;
  fileNotRead?: true;
}

/** Go's zero value: what Go treats as "unset". */
export function isZero(value: AttributeValue | undefined): boolean {
  if (value === undefined || value === "" || value === false || value === 0) return true;
  return Array.isArray(value) && value.length === 0;
}

/**
 * The configuration being built up, with each SDK's notion of "already set":
 * Go — non-zero; Python — present in `_inner` (an explicit or file `""` counts); JS — not `undefined`.
 */
export class ResolutionState {
  readonly dialect: Dialect;
  readonly env: Readonly<Record<string, string | undefined>>;
  private readonly entries = new Map<string, Entry>();
  readonly shadowed: RawShadowed[] = [];
  readonly warnings: string[] = [];

  constructor(dialect: Dialect, env: Readonly<Record<string, string | undefined>>) {
    this.dialect = dialect;
    this.env = env;
  }

  /** The attribute blocks lower sources and counts for validation. */
  isSet(name: string): boolean {
    const entry = this.entries.get(name);
    if (!entry) return false;
    return this.dialect === "go" ? !isZero(entry.value) : true;
  }

  /** The attribute is "there" for the purposes of auth strategies and file skipping (truthiness). */
  has(name: string): boolean {
    return !isZero(this.entries.get(name)?.value);
  }

  get(name: string): AttributeValue | undefined {
    return this.entries.get(name)?.value;
  }

  /** The value as a string when it is a non-empty string. */
  text(name: string): string | undefined {
    const value = this.entries.get(name)?.value;
    return typeof value === "string" && value !== "" ? value : undefined;
  }

  entry(name: string): Entry | undefined {
    return this.entries.get(name);
  }

  set(name: string, value: AttributeValue, source: AttributeSource): void {
    this.entries.set(name, { value, source });
  }

  delete(name: string): void {
    this.entries.delete(name);
  }

  /** Fill `name` unless set; otherwise remember `value` as shadowed by the winner. Returns whether it was filled. */
  fill(name: string, value: AttributeValue, source: AttributeSource): boolean {
    const current = this.entries.get(name);
    if (current && this.isSet(name)) {
      this.shadowed.push({ name, value, source, hiddenBy: current.source });
      return false;
    }
    this.entries.set(name, { value, source });
    return true;
  }

  names(): string[] {
    return [...this.entries.keys()];
  }
}
