// Flat ESLint config for the whole repository.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["**/dist/**", "**/node_modules/**", "**/.turbo/**", "**/coverage/**", "**/test/fixtures/**", "**/tests/fixtures/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly",
        setTimeout: "readonly", clearTimeout: "readonly", setInterval: "readonly", clearInterval: "readonly",
        AbortController: "readonly", AbortSignal: "readonly", fetch: "readonly", Response: "readonly",
        Request: "readonly", Headers: "readonly", TextEncoder: "readonly", TextDecoder: "readonly",
        structuredClone: "readonly", queueMicrotask: "readonly", performance: "readonly", atob: "readonly", btoa: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
);
