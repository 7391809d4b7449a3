import { z } from "zod";
import { withoutUndefined } from "./without-undefined.js";

/**
 * A cluster as `/api/2.1/clusters/list` and `/get` describe it, limited to what Databricks
 * Connect needs (https://docs.databricks.com/api/workspace/clusters/get).
 */
export interface ClusterInfo {
  clusterId: string;
  clusterName: string;
  /** The runtime key, e.g. `13.3.x-scala2.12`, `15.4.x-photon-scala2.12`. */
  sparkVersion: string;
  /** `PENDING`, `RUNNING`, `RESTARTING`, `RESIZING`, `TERMINATING`, `TERMINATED`, `ERROR`, `UNKNOWN`. */
  state: string;
  /** Access mode: `SINGLE_USER`, `USER_ISOLATION`, `NONE`, `LEGACY_*`, … (absent on old clusters). */
  dataSecurityMode?: string;
}

export const clusterInfoSchema = z
  .object({
    cluster_id: z.string().min(1),
    cluster_name: z.string().default(""),
    spark_version: z.string().default(""),
    state: z.string().default("UNKNOWN"),
    data_security_mode: z.string().optional(),
  })
  .transform((raw): ClusterInfo =>
    withoutUndefined({
      clusterId: raw.cluster_id,
      clusterName: raw.cluster_name,
      sparkVersion: raw.spark_version,
      state: raw.state,
      dataSecurityMode: raw.data_security_mode,
    }),
  );

/** One page of `clusters/list`: `{}` means no clusters (the field is `omitempty`). */
export const listClustersResponseSchema = z.object({
  clusters: z.array(clusterInfoSchema).optional(),
  next_page_token: z.string().optional(),
});
