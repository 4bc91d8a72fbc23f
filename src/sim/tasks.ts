// UPID tasks: a task is registered as running, does its work for `taskMs` (holding the locks it took),
// then applies its effect and stops with `OK`, or stops with the error text (`TASK ERROR: ...` in its log).
import { setImmediate as nextTick, setTimeout as sleep } from 'node:timers/promises';
import type { SimFaults } from './faults.ts';
import type { Release, VmLocks } from './locks.ts';
import type { SimState } from './state.ts';
import type { SimTask, SimTaskType } from './types.ts';
import { formatUpid } from './upid.ts';

export interface TaskControl {
  readonly task: SimTask;
  log(line: string): void;
  /** Lets the task's time pass; then throws the failure a test injected for this task, if any. */
  work(): Promise<void>;
  /** Locks VM configs for the rest of the task (released when it ends); fails with `got timeout`. */
  lock(...vmids: number[]): Promise<void>;
}

export interface TaskSpec {
  node: string;
  type: SimTaskType;
  id: string | number;
  user: string;
  run: (control: TaskControl) => Promise<void>;
}

export interface TaskRunnerOptions {
  taskMs: number;
  signal: AbortSignal;
}

export class TaskRunner {
  readonly #state: SimState;
  readonly #faults: SimFaults;
  readonly #locks: VmLocks;
  readonly #options: TaskRunnerOptions;
  #pid = 0x2000 + Math.floor(Math.random() * 0x10000);
  readonly #bootTicks = 1_000_000;

  constructor(state: SimState, faults: SimFaults, locks: VmLocks, options: TaskRunnerOptions) {
    this.#state = state;
    this.#faults = faults;
    this.#locks = locks;
    this.#options = options;
  }

  start(spec: TaskSpec): SimTask {
    this.#pid += 1;
    const starttime = Math.floor(Date.now() / 1000);
    const pstart = this.#bootTicks + Math.floor((Date.now() - this.#state.startedAt) / 10);
    const parts = {
      node: spec.node,
      pid: this.#pid,
      pstart,
      starttime,
      type: spec.type,
      id: String(spec.id),
      user: spec.user,
    };
    const task: SimTask = { ...parts, upid: formatUpid(parts), status: 'running', log: [] };
    this.#state.addTask(task);
    void this.#run(task, spec);
    return task;
  }

  async #run(task: SimTask, spec: TaskSpec): Promise<void> {
    const failure = this.#faults.takeTaskFailure(spec.type);
    const ms = this.#faults.taskDuration(spec.type, this.#options.taskMs);
    const releases: Release[] = [];
    const control: TaskControl = {
      task,
      log: (line) => task.log.push(line),
      work: async () => {
        const { signal } = this.#options;
        await (ms <= 0 ? nextTick(undefined, { signal }) : sleep(ms, undefined, { signal }));
        if (failure !== undefined) throw new Error(failure);
      },
      lock: async (...vmids) => {
        releases.push(await this.#locks.acquireAll(vmids));
      },
    };
    try {
      await spec.run(control);
      this.#finish(task, 'OK');
    } catch (error) {
      const message = this.#options.signal.aborted ? 'interrupted by signal' : errorText(error);
      this.#finish(task, message);
    } finally {
      for (const release of releases.reverse()) release();
    }
  }

  #finish(task: SimTask, exitstatus: string): void {
    task.log.push(exitstatus === 'OK' ? 'TASK OK' : `TASK ERROR: ${exitstatus}`);
    task.exitstatus = exitstatus;
    task.endtime = Math.floor(Date.now() / 1000);
    task.status = 'stopped';
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
