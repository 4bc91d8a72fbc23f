/**
 * Where an engine's plan files (Terraform's binary plans) wait between plan and apply, keyed by their
 * SHA-256, so the worker that applies need not be the one that planned. The approval pins the hash;
 * whoever loads the bytes checks them against it.
 */
export interface PlanArtifacts {
  /** Stores the bytes under their hash; storing the same bytes again changes nothing. */
  save(sha256: string, bytes: Uint8Array, meta: { requestId: string }): Promise<void>;
  /** The stored bytes, or undefined when nothing is stored under this hash. */
  load(sha256: string): Promise<Uint8Array | undefined>;
}

/** Removing the plan files of requests that are over (the retention sweep). */
export interface PlanArtifactsSweep {
  /** Deletes the plan files these requests stored before `createdBefore` (ISO time); returns how many. */
  deleteOfRequests(requestIds: readonly string[], createdBefore: string): Promise<number>;
}
