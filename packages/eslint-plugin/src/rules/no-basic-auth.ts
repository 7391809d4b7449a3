import type * as ESTree from "estree";
import { createRule } from "../create-rule.js";
import { type Node, calleeName, createScopeResolver, staticKeyName, staticPropertyName, unwrap } from "../util/ast.js";
import { CLIENT_CLASS_NAMES, DATABRICKS_TEXT, isDatabricksClientCall } from "../util/databricks-client.js";
import { mentionsDatabricksHost } from "../util/databricks-host.js";
import { fileMentions } from "../util/file-mentions.js";
import { staticText } from "../util/static-text.js";

export type Options = Record<string, never>;
export type MessageIds = "basicCredentials" | "basicAuthType" | "basicHeader" | "basicEnv";

const EOL = "Databricks basic authentication (username and password) reached end of life on 2024-07-10.";
const INSTEAD = "Use a personal access token read at run time, or OAuth (client ID and secret).";
const BASIC_ENV_NAMES = ["DATABRICKS_USERNAME", "DATABRICKS_PASSWORD"] as const;
const BASIC_ENV = new Set<string>(BASIC_ENV_NAMES);
const AUTHORIZATION = /^authorization$/i;

export const noBasicAuth = createRule<Options, MessageIds>({
  name: "no-basic-auth",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow username/password (basic) authentication to Databricks, which reached end of life on 2024-07-10",
      recommended: true,
    },
    schema: [],
    messages: {
      basicCredentials: `Password given to a Databricks client. ${EOL} ${INSTEAD}`,
      basicAuthType: `auth type "basic" for a Databricks client. ${EOL} ${INSTEAD}`,
      basicHeader: `"Authorization: Basic" credentials in a file that calls Databricks. ${EOL} Send "Authorization: Bearer <token>" instead.`,
      basicEnv: `{{name}} set in code. ${EOL} ${INSTEAD}`,
    },
  },
  defaultOptions: [],
  create(context) {
    // Every finding needs a Databricks client, a Databricks host or module, or a `DATABRICKS_*` name.
    const mentions = fileMentions(context.sourceCode);
    if (!mentions.anyText(DATABRICKS_TEXT) && !mentions.anyName(CLIENT_CLASS_NAMES) && !mentions.anyName(BASIC_ENV_NAMES)) return {};
    const scopes = createScopeResolver(context.sourceCode);
    /** Basic headers wait until the whole file is seen: they count only when the file talks to Databricks. */
    const headerCandidates: Node[] = [];
    let talksToDatabricks = false;

    function isBasicValue(value: ESTree.Node | null | undefined): boolean {
      const text = staticText(value);
      return text !== null && /^\s*Basic\s/i.test(text);
    }

    /** Reports basic credentials in a Databricks client's options; true when the call configures one. */
    function checkClientOptions(call: ESTree.CallExpression | ESTree.NewExpression): boolean {
      let configuresClient = false;
      for (const argument of call.arguments) {
        const options = unwrap(argument as Node);
        if (options.type !== "ObjectExpression") continue;
        // Cheap shape checks first: most calls never name a password or an auth type.
        let password: ESTree.Property | null = null;
        let authType: ESTree.Property | null = null;
        for (const property of options.properties) {
          if (property.type !== "Property") continue;
          const key = staticKeyName(property);
          if (key === "password") password = property;
          else if ((key === "authType" || key === "auth_type") && /^basic$/i.test(staticText(property.value) ?? "")) authType = property;
        }
        if (!password && !authType) continue;
        if (!isDatabricksClientCall(scopes, call, options)) continue;
        configuresClient = true;
        if (password) context.report({ node: password, messageId: "basicCredentials" });
        if (authType) context.report({ node: authType, messageId: "basicAuthType" });
      }
      return configuresClient;
    }

    return {
      Literal(node) {
        // Import and require sources are literals too: `@databricks/*` marks the file as well.
        if (!talksToDatabricks && typeof node.value === "string" && (node.value.startsWith("@databricks/") || mentionsDatabricksHost(node.value))) {
          talksToDatabricks = true;
        }
      },
      TemplateElement(node) {
        if (!talksToDatabricks && mentionsDatabricksHost(node.value.cooked ?? node.value.raw)) talksToDatabricks = true;
      },
      NewExpression(node) {
        if (checkClientOptions(node)) talksToDatabricks = true;
      },
      CallExpression(node) {
        if (checkClientOptions(node)) talksToDatabricks = true;
        const method = calleeName(node.callee);
        if ((method === "set" || method === "append") && node.arguments.length === 2) {
          const [name, value] = node.arguments;
          if (AUTHORIZATION.test(staticText(name) ?? "") && isBasicValue(value)) headerCandidates.push(node);
        }
      },
      Property(node) {
        const key = staticKeyName(node);
        if (key === null) return;
        if (AUTHORIZATION.test(key) && isBasicValue(node.value)) headerCandidates.push(node);
        if (BASIC_ENV.has(key) && node.parent.type !== "ObjectPattern") context.report({ node, messageId: "basicEnv", data: { name: key } });
      },
      ArrayExpression(node) {
        const [name, value] = node.elements;
        if (node.elements.length === 2 && AUTHORIZATION.test(staticText(name) ?? "") && isBasicValue(value)) headerCandidates.push(node);
      },
      AssignmentExpression(node) {
        const target = node.left;
        if (target.type !== "MemberExpression") return;
        const name = staticPropertyName(target);
        const object = unwrap(target.object as Node);
        if (name && BASIC_ENV.has(name) && object.type === "MemberExpression" && staticPropertyName(object) === "env") {
          context.report({ node: target, messageId: "basicEnv", data: { name } });
        }
      },
      "Program:exit"() {
        if (!talksToDatabricks) return;
        for (const node of headerCandidates) context.report({ node, messageId: "basicHeader" });
      },
    };
  },
});
