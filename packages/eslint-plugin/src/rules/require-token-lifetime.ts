import type * as ESTree from "estree";
import { createRule } from "../create-rule.js";
import { type Node, calleeName, createScopeResolver, findProperty, staticKeyName, staticPropertyName, unwrap } from "../util/ast.js";
import { fileMentions } from "../util/file-mentions.js";
import { createFolder } from "../util/fold-constant.js";
import { staticText } from "../util/static-text.js";

export type Options = { maxLifetimeSeconds: number };
export type MessageIds = "missingLifetime" | "zeroLifetime" | "neverExpires" | "tooLong";

/** REST paths that create tokens (the Token API and token management's on-behalf-of create). */
const CREATE_PATHS = /\/api\/2\.0\/(?:token\/create|token-management\/on-behalf-of\/tokens)(?![\w/-])/;
const TOKEN_API = "/api/2.0/token";
const LIFETIME_KEYS = ["lifetime_seconds", "lifetimeSeconds"];
/** Keys of a fetch/axios options object (as opposed to a request body passed directly). */
const REQUEST_OPTION_KEYS = ["body", "data", "json", "method", "headers"];

/** Cheap test before building any text: some constant part of the expression names the Token API. */
function mentionsTokenApi(node: ESTree.Node | undefined): boolean {
  if (!node) return false;
  if (node.type === "Literal") return typeof node.value === "string" && node.value.includes(TOKEN_API);
  if (node.type === "TemplateLiteral") return node.quasis.some((q) => q.value.raw.includes(TOKEN_API));
  if (node.type === "BinaryExpression") return node.operator === "+" && (mentionsTokenApi(node.left) || mentionsTokenApi(node.right));
  return false;
}

/** Names in the SDK's token-creating calls: `w.tokens.create(…)`, `w.tokenManagement.…(…)`. */
const TOKENS = ["tokens"] as const;
const CREATE = ["create"] as const;
const TOKEN_MANAGEMENT = ["tokenManagement"] as const;
const TOKEN_API_TEXT = [TOKEN_API] as const;

type Verdict = { messageId: MessageIds; node: Node; value?: number } | null;

export const requireTokenLifetime = createRule<Options, MessageIds>({
  name: "require-token-lifetime",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require a finite lifetime when creating Databricks personal access tokens",
      recommended: true,
    },
    schema: [
      {
        type: "object",
        properties: {
          maxLifetimeSeconds: {
            type: "integer",
            minimum: 0,
            description: "Largest lifetime_seconds allowed when it is a constant; 0 means no limit.",
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      missingLifetime:
        "Token created without lifetime_seconds: it stays valid for the workspace maximum (2 years by default) unless revoked. Set the shortest lifetime that works.",
      zeroLifetime: 'lifetime_seconds: 0 is rejected by Databricks ("Invalid timeout: 0"). Set a positive lifetime.',
      neverExpires: "lifetime_seconds: {{value}} asks for a token that never expires. Set a positive lifetime.",
      tooLong: "lifetime_seconds: {{value}} is longer than the allowed {{max}} seconds.",
    },
  },
  defaultOptions: [{ maxLifetimeSeconds: 0 }],
  create(context, options) {
    // A finding needs the Token API's path in a string, or one of the SDK's token-creating calls.
    const mentions = fileMentions(context.sourceCode);
    if (!mentions.anyText(TOKEN_API_TEXT) && !mentions.anyName(TOKEN_MANAGEMENT) && !(mentions.anyName(TOKENS) && mentions.anyName(CREATE))) return {};
    const scopes = createScopeResolver(context.sourceCode);
    const folder = createFolder(context.sourceCode, { decode: false });

    function resolveObject(node: Node | null | undefined): ESTree.ObjectExpression | null {
      if (!node) return null;
      let target = unwrap(node);
      if (target.type === "Identifier") target = unwrap(scopes.constInitializer(target) ?? target);
      if (target.type === "CallExpression" && calleeName(target.callee) === "stringify" && target.arguments[0])
        return resolveObject(target.arguments[0] as Node);
      return target.type === "ObjectExpression" ? target : null;
    }

    function judgeLifetime(valueNode: Node): Verdict {
      const value = unwrap(valueNode);
      let seconds: number | null = null;
      const folded = folder.fold(value);
      if (folded?.kind === "number") seconds = folded.value;
      else if (value.type === "UnaryExpression" && value.operator === "-") {
        const inner = folder.fold(value.argument as Node);
        if (inner?.kind === "number") seconds = -inner.value;
      }
      if (seconds === null) return null;
      if (seconds === 0) return { messageId: "zeroLifetime", node: valueNode };
      if (seconds < 0) return { messageId: "neverExpires", node: valueNode, value: seconds };
      if (options.maxLifetimeSeconds > 0 && seconds > options.maxLifetimeSeconds) return { messageId: "tooLong", node: valueNode, value: seconds };
      return null;
    }

    /** Judges a request body: an object literal, or a JSON string. Unknown shapes pass. */
    function judgeBody(bodyNode: Node, where: Node): Verdict {
      const text = unwrap(bodyNode).type === "Literal" ? staticText(bodyNode) : null;
      if (text !== null) return judgeJson(text, where);
      const object = resolveObject(bodyNode);
      if (!object) return null;
      for (const property of object.properties) {
        if (property.type === "SpreadElement") return null;
        const key = staticKeyName(property);
        if (key === null) return null;
        if (LIFETIME_KEYS.includes(key)) return judgeLifetime(property.value as Node);
      }
      return { messageId: "missingLifetime", node: where };
    }

    function judgeJson(text: string, where: Node): Verdict {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return null;
      }
      if (typeof body !== "object" || body === null) return null;
      const lifetime = (body as Record<string, unknown>)["lifetime_seconds"];
      if (lifetime === undefined) return { messageId: "missingLifetime", node: where };
      if (typeof lifetime !== "number") return null;
      if (lifetime === 0) return { messageId: "zeroLifetime", node: where };
      if (lifetime < 0) return { messageId: "neverExpires", node: where, value: lifetime };
      return options.maxLifetimeSeconds > 0 && lifetime > options.maxLifetimeSeconds ? { messageId: "tooLong", node: where, value: lifetime } : null;
    }

    function report(verdict: Verdict) {
      if (!verdict) return;
      context.report({
        node: verdict.node,
        messageId: verdict.messageId,
        data: { value: String(verdict.value ?? ""), max: String(options.maxLifetimeSeconds) },
      });
    }

    /** `w.tokens.create({...})`, `w.tokenManagement.createOboToken({...})` and dbcfg's `createOnBehalfOf`. */
    function isSdkCreate(call: ESTree.CallExpression): boolean {
      const callee = unwrap(call.callee as Node);
      if (callee.type !== "MemberExpression") return false;
      const method = staticPropertyName(callee);
      const owner = calleeName(unwrap(callee.object as Node));
      return (method === "create" && owner === "tokens") || ((method === "createOboToken" || method === "createOnBehalfOf") && owner === "tokenManagement");
    }

    function isCreateUrl(node: Node | ESTree.Node | undefined): boolean {
      if (!mentionsTokenApi(node)) return false;
      const text = staticText(node);
      return text !== null && CREATE_PATHS.test(text);
    }

    function checkRestCall(call: ESTree.CallExpression) {
      let urlIndex = -1;
      for (let i = 0; i < call.arguments.length && urlIndex < 0; i++) if (isCreateUrl(call.arguments[i])) urlIndex = i;
      if (urlIndex < 0 && call.arguments[0]?.type !== "ObjectExpression") return;
      const args = call.arguments.map((a) => unwrap(a as Node));
      if (urlIndex >= 0) {
        const rest = args.slice(urlIndex + 1);
        const options = rest.find((a): a is Node & ESTree.ObjectExpression => a.type === "ObjectExpression");
        const bodyProperty = options && (findProperty(options, "body") ?? findProperty(options, "data") ?? findProperty(options, "json"));
        if (bodyProperty) report(judgeBody(bodyProperty.value as Node, bodyProperty as Node));
        else if (options && REQUEST_OPTION_KEYS.some((k) => findProperty(options, k))) report({ messageId: "missingLifetime", node: call as Node });
        else if (rest[0]) report(judgeBody(rest[0], rest[0]));
        return;
      }
      // axios({ url, method, data })
      const config = args[0];
      if (config?.type !== "ObjectExpression") return;
      const url = findProperty(config, "url");
      if (!url || !isCreateUrl(url.value)) return;
      const body = findProperty(config, "data") ?? findProperty(config, "body") ?? findProperty(config, "json");
      report(body ? judgeBody(body.value as Node, body as Node) : { messageId: "missingLifetime", node: call as Node });
    }

    return {
      CallExpression(node) {
        if (isSdkCreate(node)) {
          const request = node.arguments[0];
          if (!request) report({ messageId: "missingLifetime", node });
          else report(judgeBody(request as Node, request as Node));
          return;
        }
        if (node.arguments.length > 0) checkRestCall(node);
      },
    };
  },
});
