import type { ClusterInfo } from "@dbcfg/token-api";
import type { TextSink } from "../../context.js";
import { printLine } from "../../io/print.js";
import type { Prompter } from "../../io/prompt.js";

/** Rows shown at once; typing narrows the list further. */
const PAGE = 15;

/** `0123-456789-abcdefgh  team cluster  RUNNING  15.4.x-scala2.12  USER_ISOLATION` */
export function clusterRow(cluster: ClusterInfo): string {
  return [cluster.clusterId, cluster.clusterName, cluster.state, cluster.sparkVersion, cluster.dataSecurityMode ?? "-"].join("  ");
}

/**
 * A filterable picker on the line prompter: the clusters are listed with numbers; typing part of a
 * name or id narrows the list, a number (no leading zero) chooses, Enter takes the only match. Running clusters come
 * first, then by name. Returns `undefined` when the person enters `q`.
 */
export async function pickCluster(clusters: readonly ClusterInfo[], prompter: Prompter, out: TextSink): Promise<ClusterInfo | undefined> {
  const sorted = [...clusters].sort((a, b) => Number(b.state === "RUNNING") - Number(a.state === "RUNNING") || a.clusterName.localeCompare(b.clusterName));
  let shown = sorted;
  let filter = "";
  for (;;) {
    printLine(out, filter === "" ? `${sorted.length} clusters:` : `${shown.length} of ${sorted.length} clusters match "${filter}":`);
    shown.slice(0, PAGE).forEach((cluster, index) => printLine(out, `  ${String(index + 1).padStart(2)}. ${clusterRow(cluster)}`));
    if (shown.length > PAGE) printLine(out, `  … ${shown.length - PAGE} more: type to narrow the list.`);
    const answer = (await prompter.ask("Number to choose, text to filter by name or id, q to quit: ")).trim();
    if (answer.toLowerCase() === "q") return undefined;
    if (answer === "" && shown.length === 1) return shown[0];
    // Cluster ids start with digits and a zero ("0123-…"): only a number without a leading zero chooses.
    const number = /^[1-9]\d*$/.test(answer) ? Number(answer) : undefined;
    if (number !== undefined && number >= 1 && number <= Math.min(PAGE, shown.length)) return shown[number - 1];
    const needle = answer.toLowerCase();
    const matching = sorted.filter((c) => c.clusterName.toLowerCase().includes(needle) || c.clusterId.toLowerCase().includes(needle));
    if (matching.length === 0) {
      printLine(out, `No cluster matches "${answer}"; showing all again.`);
      shown = sorted;
      filter = "";
    } else {
      shown = matching;
      filter = answer;
    }
  }
}
