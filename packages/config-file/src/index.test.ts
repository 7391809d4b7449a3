import { describe, expect, it } from "vitest";
import * as api from "./index.js";
import * as attributes from "./attributes.js";
import * as dialects from "./dialects/index.js";

describe("public API", () => {
  it("re-exports every runtime export of the dialect readers and the attribute table", () => {
    const exported = new Set(Object.keys(api));
    for (const name of [...Object.keys(dialects), ...Object.keys(attributes)]) expect(exported, name).toContain(name);
  });

  it("exposes the document, edit, file and schema entry points", () => {
    for (const name of [
      "parseConfigFile",
      "ConfigDocument",
      "loadConfigFile",
      "saveConfigFile",
      "updateConfigFile",
      "resolveConfigFilePath",
      "profileSchema",
      "checkHost",
      "checkToken",
      "checkWritableValue",
      "ConfigFileError",
      "EditRefusedError",
      "LockTimeoutError",
      "readProfiles",
      "divergences",
      "SETTINGS_SECTION",
      "DEFAULT_PROFILE",
    ]) {
      expect(Object.keys(api), name).toContain(name);
    }
  });

  it("validates a profile's values with the zod schema derived from ATTRIBUTES", () => {
    expect(api.profileSchema.safeParse({ host: "https://h", azure_use_msi: "true", unknown_key: "x" }).success).toBe(true);
    const bad = api.profileSchema.safeParse({ azure_use_msi: "yes", rate_limit: "1.5" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["azure_use_msi", "rate_limit"]);
  });
});
