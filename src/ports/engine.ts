import type { PowerAction } from '../domain/intent.ts';
import type { Plan, PlanAction } from '../domain/plan.ts';
import type { SaidLine } from '../domain/progress/progress-text.ts';
import type { Request, VmResult } from '../domain/request.ts';
import type { Said } from '../domain/said.ts';
import type { VmRef } from '../domain/vm-spec.ts';

/**
 * One progress line. `message` is the English text (logs, tests, raw tool output); `said` names the
 * progress catalogue entry it came from (src/domain/progress), so the thread can tell it in the
 * request's language. Raw Terraform and Ansible output has no `said`.
 */
export interface Progress {
  message: string;
  vm?: string;
  said?: Said;
}

export type ProgressReporter = (progress: Progress) => Promise<void>;

export interface PlanDraft {
  actions: PlanAction[];
  artifactSha256?: string;
  /** What the engine's own tool says it will do (Terraform: from `terraform show -json`), for the plan card. */
  summary?: string;
  /** The summary's lines with the catalogue entries they came from, so the card can be in the request's language. */
  summaryLines?: readonly SaidLine[];
}

/** Turns requests into plans and plans into VMs. `apply` must be idempotent: a retry after a crash carries on. */
export interface Engine {
  readonly name: string;
  plan(request: Request): Promise<PlanDraft>;
  apply(plan: Plan, report: ProgressReporter, signal?: AbortSignal): Promise<VmResult[]>;
  power(vm: VmRef, action: PowerAction): Promise<void>;
  /** Lets go of what planning reserved (VMIDs) for a plan that will never be applied. */
  release?(plan: Plan): Promise<void>;
  /**
   * Removes what the engine keeps for a request that is over (Terraform: its workspace directory),
   * keeping whatever a later destroy or rollback of its VMs needs. True when something was removed.
   */
  forget?(requestId: string): Promise<boolean>;
}
