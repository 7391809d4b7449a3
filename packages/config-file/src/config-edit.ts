/**
 * One edit of a document, as data: the document keeps a log of these so that `saveConfigFile`
 * can replay them onto a file another process changed in the meantime.
 */
export type ConfigEdit =
  | { readonly op: "setValue"; readonly profile: string; readonly key: string; readonly value: string }
  | { readonly op: "deleteKey"; readonly profile: string; readonly key: string }
  | { readonly op: "keepLastKey"; readonly profile: string; readonly key: string }
  | { readonly op: "addProfile"; readonly profile: string; readonly values: Readonly<Record<string, string>> }
  | { readonly op: "removeProfile"; readonly profile: string }
  | { readonly op: "renameProfile"; readonly profile: string; readonly to: string }
  | { readonly op: "setDefaultProfile"; readonly profile: string };
