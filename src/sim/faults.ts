// Fault injection: make the next N matching requests, tasks or lock attempts fail, or tasks run slowly.
import type { SimTaskType } from './types.ts';

export interface RequestFault {
  /** Any method when left out. */
  method?: string;
  /** The path without `/api2/json`: a string matches exactly, a RegExp is tested. */
  path: RegExp | string;
  status: number;
  message: string;
  /** Default 1; Infinity for every matching request. */
  times?: number;
}

export interface TaskFault {
  type: SimTaskType;
  /** The exitstatus the task ends with. */
  message: string;
  times?: number;
}

export interface LockFault {
  vmid: number;
  times?: number;
}

export interface SlowTask {
  /** Only tasks of this type; every type when left out. */
  type?: SimTaskType;
  /** Default Infinity (until `clear()`). */
  times?: number;
}

interface Counted<T> {
  fault: T;
  left: number;
}

function take<T>(list: Counted<T>[], matches: (fault: T) => boolean): T | undefined {
  const found = list.find((entry) => entry.left > 0 && matches(entry.fault));
  if (!found) return undefined;
  found.left -= 1;
  if (found.left <= 0) list.splice(list.indexOf(found), 1);
  return found.fault;
}

export class SimFaults {
  readonly #requests: Counted<RequestFault>[] = [];
  readonly #tasks: Counted<TaskFault>[] = [];
  readonly #locks: Counted<LockFault>[] = [];
  readonly #slow: Counted<SlowTask & { ms: number }>[] = [];

  /** The next `times` requests matching method and path get this status and message. */
  fail(fault: RequestFault): void {
    this.#requests.push({ fault, left: fault.times ?? 1 });
  }

  /** The next `times` tasks of this type run their time, then end with `message` and no effect. */
  failTask(fault: TaskFault): void {
    this.#tasks.push({ fault, left: fault.times ?? 1 });
  }

  /** The next `times` attempts to lock this VM's config fail with `got timeout` at once. */
  lockTimeout(fault: LockFault): void {
    this.#locks.push({ fault, left: fault.times ?? 1 });
  }

  /** Tasks (of one type, or all) run for `ms` instead of `taskMs`. */
  slowTask(ms: number, options: SlowTask = {}): void {
    this.#slow.push({ fault: { ...options, ms }, left: options.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    for (const list of [this.#requests, this.#tasks, this.#locks, this.#slow]) list.length = 0;
  }

  takeRequestFault(method: string, path: string): RequestFault | undefined {
    return take(this.#requests, (fault) => {
      const methodOk = fault.method === undefined || fault.method.toUpperCase() === method;
      return methodOk && (typeof fault.path === 'string' ? fault.path === path : fault.path.test(path));
    });
  }

  takeTaskFailure(type: SimTaskType): string | undefined {
    return take(this.#tasks, (fault) => fault.type === type)?.message;
  }

  takeLockTimeout(vmid: number): boolean {
    return take(this.#locks, (fault) => fault.vmid === vmid) !== undefined;
  }

  taskDuration(type: SimTaskType, normalMs: number): number {
    return take(this.#slow, (fault) => fault.type === undefined || fault.type === type)?.ms ?? normalMs;
  }
}
