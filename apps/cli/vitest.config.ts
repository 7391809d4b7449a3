import { defineProject } from "vitest/config";
import { TEST_TIMEOUT_MS, sourceAliases } from "../../vitest.shared.js";

export default defineProject({
  resolve: { alias: sourceAliases },
  test: { testTimeout: TEST_TIMEOUT_MS, name: "cli" },
});
