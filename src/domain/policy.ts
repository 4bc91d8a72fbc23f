import type { OnFailure } from './roles.ts';

/** The rules the core enforces, built from configuration. Plain data. */
export interface Policy {
  /** `slack:U024BE7LH`, `discord:80351110224678912`, `console:bob`, `slack:group:S0614TZR7`, `*` for anyone. */
  approvers: readonly string[];
  requiredApprovals: number;
  allowSelfApproval: boolean;
  approvalTtlMs: number;
  limits: { maxCores: number; maxMemoryMiB: number; maxDiskGiB: number; maxCount: number };
  defaults: { cores: number; memoryMiB: number; diskGiB: number; template: string; tags: readonly string[] };
  /** What happens to the VMs of a create that failed part-way; absent means `ask`. */
  onFailure?: OnFailure;
}
