import { findPats, isPlaceholderPat, redact } from "@dbcfg/pat";
import { createRule } from "../create-rule.js";
import type * as ESTree from "estree";
import { type Node, createScopeResolver, staticKeyName, unwrap } from "../util/ast.js";
import { CLIENT_CLASS_NAMES, DATABRICKS_TEXT, isDatabricksClientCall } from "../util/databricks-client.js";
import { fileMentions } from "../util/file-mentions.js";
import { createFolder } from "../util/fold-constant.js";

export type Options = Record<string, never>;
export type MessageIds = "hardcodedCredential";

/**
 * Secret attributes of a Databricks client configuration, in the JS SDK's camelCase and the
 * `.databrickscfg` spelling. `password` is left to `no-basic-auth`, which rejects it outright.
 */
export const SECRET_ATTRIBUTES = [
  "token",
  "clientSecret",
  "client_secret",
  "azureClientSecret",
  "azure_client_secret",
  "googleCredentials",
  "google_credentials",
] as const;
const SECRET_NAMES = new Set<string>(SECRET_ATTRIBUTES);

/** Text that stands for a secret instead of being one: `<your-token>`, `xxxx`, `${TOKEN}`, masks. */
const PLACEHOLDER = /^\s*$|[<>{}…*]|x{4,}|\byour[\s_-]|change[\s_-]?me|placeholder|redacted/i;

function isPlaceholderText(value: string): boolean {
  return PLACEHOLDER.test(value) || isPlaceholderPat(value);
}

export const noHardcodedCredentials = createRule<Options, MessageIds>({
  name: "no-hardcoded-credentials",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow constant secrets (token, OAuth or Azure client secret, Google credentials) in Databricks client configurations",
      recommended: true,
    },
    schema: [],
    messages: {
      hardcodedCredential:
        'Constant {{name}} ({{shown}}) given to a Databricks client. Secrets of every shape (OAuth "dose…" secrets, Azure client secrets, tokens) must be read at run time, e.g. from the environment or a secret store.',
    },
  },
  defaultOptions: [],
  create(context) {
    // Every finding needs a Databricks client: a file that names none has nothing to report.
    const mentions = fileMentions(context.sourceCode);
    if (!mentions.anyText(DATABRICKS_TEXT) && !mentions.anyName(CLIENT_CLASS_NAMES)) return {};
    const scopes = createScopeResolver(context.sourceCode);
    const folder = createFolder(context.sourceCode, { decode: true });

    function check(call: Parameters<typeof isDatabricksClientCall>[1]) {
      for (const argument of call.arguments) {
        const options = unwrap(argument as Node);
        if (options.type !== "ObjectExpression") continue;
        // Cheap shape check first: most calls pass no secret attribute at all.
        const secrets = options.properties.filter((p): p is ESTree.Property => p.type === "Property" && SECRET_NAMES.has(staticKeyName(p) ?? ""));
        if (secrets.length === 0 || !isDatabricksClientCall(scopes, call, options)) continue;
        for (const property of secrets) {
          const name = staticKeyName(property)!;
          const folded = folder.fold(property.value as Node);
          if (folded?.kind !== "string" || isPlaceholderText(folded.value)) continue;
          // A PAT is no-hardcoded-pat's finding; reporting it twice would only add noise.
          if (findPats(folded.value).length > 0) continue;
          context.report({ node: property.value, messageId: "hardcodedCredential", data: { name, shown: redact(folded.value) } });
        }
      }
    }

    return { NewExpression: check, CallExpression: check };
  },
});
