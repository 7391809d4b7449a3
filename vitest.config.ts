import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      "packages/*",
      "apps/*",
      // Repository-wide tests: every command the READMEs advertise (scripts/readme-commands.test.mjs).
      { test: { name: "repo", include: ["scripts/**/*.test.mjs"] } },
    ],
    reporters: ["default", "./scripts/summary-reporter.ts"],
  },
});
