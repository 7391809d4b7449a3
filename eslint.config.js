// Flat ESLint config for the whole repository.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
// Our own plugin, from its build: the repository lints itself with `recommended`.
import dbcfg from "./packages/eslint-plugin/dist/index.js";

export default tseslint.config(
  {
    ignores: ["**/dist/**", "**/node_modules/**", "**/.turbo/**", "**/coverage/**", "**/test/fixtures/**", "**/tests/fixtures/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        setInterval: "readonly",
        clearInterval: "readonly",
        AbortController: "readonly",
        AbortSignal: "readonly",
        fetch: "readonly",
        Response: "readonly",
        Request: "readonly",
        Headers: "readonly",
        TextEncoder: "readonly",
        TextDecoder: "readonly",
        structuredClone: "readonly",
        queueMicrotask: "readonly",
        performance: "readonly",
        atob: "readonly",
        btoa: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  dbcfg.configs.recommended,
  {
    // CommonJS TypeScript (the CLI's launcher) under verbatimModuleSyntax: `import x = require()`
    // is its only import form.
    files: ["**/*.cts"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Tests exercise basic-auth variables, lifetime-less token creation and credential URLs on
    // purpose; hard-coded PATs stay forbidden everywhere.
    files: ["**/*.test.ts", "**/test-support/**", "**/tests/**"],
    rules: {
      "@dbcfg/no-basic-auth": "off",
      "@dbcfg/require-token-lifetime": "off",
      "@dbcfg/no-token-in-url": "off",
    },
  },
);
