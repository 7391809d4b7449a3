import type { ReaderName } from "./errors.js";
import { LONE_SURROGATE } from "./text-encoding.js";

/** Why a value, key or profile name cannot be written so that all three SDK readers agree. */
export interface Refusal {
  reason: string;
  readers: ReaderName[];
}

const ALL: ReaderName[] = ["go", "python", "js"];
// Characters that some reader trims at the ends of a value or name and another keeps: the union
// of Go's unicode.IsSpace, Python's str.strip and JavaScript's String.prototype.trim.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const EDGE_SPACE = /^[\s\x1c-\x1f\x85]|[\s\x1c-\x1f\x85]$/;
// Controls (bar tab) and U+2028/2029 (JS `.` stops there, so the ini regex drops the line).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]/;

function hasForbidden(text: string): boolean {
  return CONTROL.test(text) || LONE_SURROGATE.test(text);
}

/**
 * Whether `value` can be written as `key = value` so that Go ini.v1, Python configparser and the
 * JS `ini` package all read exactly `value`. No quoting helps: Python reads quotes literally while
 * Go and JS remove them, so a value is either safe as written or refused with the reason.
 */
export function checkWritableValue(value: string): Refusal | undefined {
  if (/[\r\n]/.test(value)) {
    return {
      reason:
        'it contains a line break: Go needs """…""" quoting, Python an indented continuation line, and the JS reader cannot read multi-line values at all',
      readers: ALL,
    };
  }
  if (hasForbidden(value)) return { reason: "it contains a control character or an unpaired surrogate", readers: ALL };
  if (EDGE_SPACE.test(value)) {
    return {
      reason: "it starts or ends with whitespace, which every reader trims; quoting keeps it for Go and JS but Python then reads the quotes too",
      readers: ALL,
    };
  }
  if (/[#;]/.test(value)) {
    return {
      reason: "it contains # or ;, where the JS reader starts a comment; quoting or escaping it makes Python (and for \\# Go) read the quotes or backslash",
      readers: ["js", "python"],
    };
  }
  if (value.startsWith('"""') || value.startsWith("`")) {
    return { reason: 'it starts with """ or a backtick, which Go reads as quotes around a (multi-line) value', readers: ["go"] };
  }
  if (isJsQuoted(value)) {
    return { reason: "it is enclosed in quotes, which Go and JS remove and Python keeps", readers: ["go", "js"] };
  }
  if (value.endsWith("\\")) return { reason: "it ends with a backslash, which Go reads as a line continuation", readers: ["go"] };
  if (value.includes("\\\\")) return { reason: "it contains \\\\, which the JS reader turns into a single backslash", readers: ["js"] };
  if (value === "null") return { reason: "the JS reader turns null into a missing value", readers: ["js"] };
  return undefined;
}

/** Whether `key` can be written so that every reader sees the same key (written lower-case). */
export function checkWritableKey(key: string): Refusal | undefined {
  if (!/^[a-z0-9_][a-z0-9_.-]*$/.test(key)) {
    return {
      reason: "keys must be lower-case letters, digits, _, . or - (Python lower-cases keys, Go and JS do not; = : [ # ; and spaces split or hide keys)",
      readers: ALL,
    };
  }
  if (key === "__proto__") return { reason: "the JS reader drops the key __proto__", readers: ["js"] };
  return undefined;
}

/**
 * Whether `[name]` reads as the same profile name in every reader: no brackets, comment
 * characters, quotes, line breaks or surrounding spaces, and dotted names only where the JS SDK's
 * flattening of `[a.b]` gives `a.b` back.
 */
export function checkWritableProfileName(name: string): Refusal | undefined {
  if (name === "") return { reason: "the name is empty ([] is a syntax error for Go and Python)", readers: ALL };
  if (/[\r\n]/.test(name) || hasForbidden(name)) return { reason: "the name contains a line break or control character", readers: ALL };
  if (EDGE_SPACE.test(name)) return { reason: "the name starts or ends with whitespace, which the JS reader trims and Go and Python keep", readers: ["js"] };
  if (/[[\]]/.test(name)) return { reason: "the name contains [ or ], which end the section header at different places in each reader", readers: ALL };
  if (/[#;]/.test(name)) return { reason: "the name contains # or ;, where the JS reader starts a comment", readers: ["js"] };
  if (isJsQuoted(name)) return { reason: "the name is enclosed in quotes, which the JS reader removes", readers: ["js"] };
  if (name.includes("\\")) return { reason: "the name contains a backslash, which the JS reader treats as an escape", readers: ["js"] };
  const parts = name.split(".");
  if (parts.some((p) => p === "" || p === "__proto__")) {
    return { reason: "the JS reader splits section names at dots, and an empty or __proto__ part does not survive that", readers: ["js"] };
  }
  if (name === "__proto__") return { reason: "the JS reader drops a section named __proto__", readers: ["js"] };
  return undefined;
}

/** The JS `ini` reader's test for a quoted value (a lone quote counts, as in the package). */
function isJsQuoted(text: string): boolean {
  return (text.startsWith('"') && text.endsWith('"')) || (text.startsWith("'") && text.endsWith("'"));
}
