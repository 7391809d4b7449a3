import { createRule } from "../create-rule.js";
import type { Node } from "../util/ast.js";
import { fileMentions } from "../util/file-mentions.js";
import { findUrlCredentials } from "../util/find-url-credentials.js";
import { isOutermostText, staticText } from "../util/static-text.js";

export type Options = Record<string, never>;
export type MessageIds = "userinfo" | "query" | "jdbc";

/** Cheap test before any parsing: only text with a scheme separator or a JDBC prefix can hold a URL. */
function mayHoldUrl(text: string): boolean {
  return text.includes("://") || /jdbc:/i.test(text);
}

/** What a URL aimed at Databricks must contain (see `findUrlCredentials`): a host or scheme, the REST API's path or a JDBC prefix. */
const AIMED_WORDS = ["databricks", "/api/2.", "jdbc:"] as const;

const WHY = "URLs end up in logs, proxies, browser history and error messages.";

export const noTokenInUrl = createRule<Options, MessageIds>({
  name: "no-token-in-url",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow credentials in the user-info or query string of URLs aimed at Databricks hosts",
      recommended: true,
    },
    schema: [],
    messages: {
      userinfo: `Credentials in the user-info part of a URL for {{host}}. ${WHY} Send the token in an "Authorization: Bearer" header instead.`,
      query: `Credential in query parameter "{{parameter}}" of a URL for {{host}}. ${WHY} Send the token in an "Authorization: Bearer" header instead.`,
      jdbc: `Password (PWD) in a JDBC URL for {{host}}. ${WHY} Pass it as a connection property read at run time instead.`,
    },
  },
  defaultOptions: [],
  create(context) {
    if (!fileMentions(context.sourceCode).anyText(AIMED_WORDS)) return {};
    function check(node: Node) {
      if (node.type === "Literal" && (typeof node.value !== "string" || !mayHoldUrl(node.value))) return;
      if (node.type === "TemplateLiteral" && !node.quasis.some((q) => mayHoldUrl(q.value.raw))) return;
      if (!isOutermostText(node)) return;
      const text = staticText(node);
      if (text === null || !mayHoldUrl(text)) return;
      for (const credential of findUrlCredentials(text)) {
        context.report({ node, messageId: credential.kind, data: { host: credential.host, parameter: credential.parameter ?? "" } });
      }
    }
    return {
      Literal: check,
      TemplateLiteral: check,
      BinaryExpression(node) {
        if (node.operator === "+") check(node);
      },
    };
  },
});
