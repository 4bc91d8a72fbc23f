// What every handler gets: the simulator's parts, and the request it answers.
import type { SimFaults } from './faults.ts';
import type { VmLocks } from './locks.ts';
import type { ResolvedOptions } from './options.ts';
import type { SimState } from './state.ts';
import type { TaskRunner } from './tasks.ts';

export interface SimContext {
  state: SimState;
  tasks: TaskRunner;
  locks: VmLocks;
  faults: SimFaults;
  options: ResolvedOptions;
}

export interface SimCall {
  method: string;
  /** Without `/api2/json`. */
  path: string;
  /** Query, body and path parameters, as text. */
  params: Record<string, string>;
  /** The authenticated token (`user@realm!tokenid`), as PVE puts it in UPIDs. */
  user: string;
}

/** Returns the `data` of the answer, or a `Reply` for extra envelope fields; throws SimError. */
export type Handler = (ctx: SimContext, call: SimCall) => unknown;

/** An answer with envelope fields beside `data` (the task log has `total`). */
export class Reply {
  readonly data: unknown;
  readonly extra: Record<string, unknown>;

  constructor(data: unknown, extra: Record<string, unknown>) {
    this.data = data;
    this.extra = extra;
  }
}
