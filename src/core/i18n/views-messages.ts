import type { PowerAction } from '../../domain/intent.ts';

/** The audit actions a thread names in words; any other action is shown as stored. */
export type AuditAction =
  | 'request.created'
  | 'button.approve'
  | 'button.reject'
  | 'command.approve'
  | 'command.reject'
  | 'command.rollback'
  | 'approval.recorded'
  | 'state.planning'
  | 'state.awaiting_approval'
  | 'state.approved'
  | 'state.applying'
  | 'state.configuring'
  | 'state.succeeded'
  | 'state.failed'
  | 'state.rejected'
  | 'state.expired'
  | 'state.cancelled'
  | 'state.rolled_back'
  | 'button.rollback'
  | 'button.run'
  | 'agent.turn'
  | 'request.revised'
  | 'rollback.offered'
  | 'rollback.automatic'
  | 'rollback.declined';

/**
 * Everything the thread views (plan card, progress, result, failure, rollback, summary) say, once per
 * language. Names, ids, hashes, addresses and commands are passed in and shown as they are.
 */
export interface ViewMessages {
  /** What a request does, as a plan title or a summary row says it. */
  create: (names: string) => string;
  destroy: (names: string) => string;
  power: Readonly<Record<PowerAction, (name: string) => string>>;
  manyVms: (count: number, first: string, last: string) => string;
  size: (cores: number, memory: string, diskGiB: number) => string;
  /** `vmid 101 on pve1` */
  placed: (vmid: number, node: string) => string;

  /** The plan card. */
  planTitle: (id: string, what: string) => string;
  /** A plan card whose request was revised: it no longer counts, a new card follows. */
  planVoidedTitle: (id: string, hash: string) => string;
  planVoidedText: (revision: number) => string;
  requestedBy: string;
  template: string;
  engine: string;
  plan: string;
  approvers: (who: string) => string;
  waitingUntil: (date: string, time: string) => string;
  approve: string;
  reject: string;
  /** `Approved by bob at 14:02 UTC.`; `outcome` is the state's name, capitalised. */
  decision: (outcome: string, time: string, by: string | undefined, reason: string | undefined) => string;
  destroyAction: (name: string, placed: string) => string;
  from: (template: string) => string;
  withRoles: (roles: string) => string;

  /** Progress and result. `applying`: the first progress line of a create or destroy. */
  applying: string;
  done: (id: string, what: string) => string;
  running: (name: string) => string;
  manyRunning: (count: number) => string;
  destroyed: (name: string) => string;
  powered: Readonly<Record<PowerAction, (name: string) => string>>;
  took: string;
  noIpYet: string;

  /** Failure, cleanup and rollback. */
  failed: (id: string) => string;
  requestFailed: string;
  askAgain: string;
  askAgainCreated: (created: string) => string;
  createdVm: (name: string, vmid: number, node: string) => string;
  runAgain: string;
  kept: (names: string, count: number) => string;
  rollingBack: (names: string) => string;
  offerRollback: (names: string) => string;
  removeYourself: string;
  rollBack: string;
  rolledBackTitle: (id: string) => string;
  hadFailed: (reason: string) => string;
  theRequestFailed: string;
  rolledBack: string;
  whateverExisted: (names: string) => string;

  /** Audit lines under a view: `14:02 bob · pressed Approve · plan 1a2b3c4d5e6f`. */
  auditActions: Readonly<Record<AuditAction, string>>;
  auditPlan: (hash: string) => string;

  /** The console's end-of-session summary. */
  summaryEmpty: string;
  summaryTitle: (count: number) => string;
  summaryColumns: readonly [string, string, string, string];
}
