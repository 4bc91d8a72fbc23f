import type { ProxmoxApi } from './client.ts';
import { isLockTimeoutMessage, ProxmoxError } from './proxmox-error.ts';
import { parseAnswer, TaskLogLine, TaskStatus } from './pve-schemas.ts';
import { describeTask } from './upid.ts';
import { formatDuration, pause, pollDelayMs } from './wait.ts';

export interface WaitOptions {
  timeoutMs?: number;
  /** The longest wait between two polls; the first waits are shorter (see pollDelayMs). */
  pollMs?: number;
  signal?: AbortSignal;
}

export interface TaskResult {
  /** `OK` or `WARNINGS: n` */
  exitStatus: string;
}

const LOG_LINES = 8;

/**
 * Polls `/nodes/{node}/tasks/{upid}/status` until the task stops, soon at first and then less often.
 * `OK` and `WARNINGS: n` are success.
 */
export class TaskWaiter {
  readonly #api: ProxmoxApi;
  readonly #defaults: Required<Omit<WaitOptions, 'signal'>>;

  constructor(api: ProxmoxApi, defaults: { timeoutMs?: number; pollMs?: number } = {}) {
    this.#api = api;
    this.#defaults = { timeoutMs: defaults.timeoutMs ?? 600_000, pollMs: defaults.pollMs ?? 1_000 };
  }

  async waitForTask(node: string, upid: string, options: WaitOptions = {}): Promise<TaskResult> {
    const timeoutMs = options.timeoutMs ?? this.#defaults.timeoutMs;
    const pollMs = options.pollMs ?? this.#defaults.pollMs;
    const deadline = Date.now() + timeoutMs;
    const task = this.#api.nodes.$(node).tasks.$(upid);
    for (let attempt = 1; ; attempt += 1) {
      options.signal?.throwIfAborted();
      const status = parseAnswer(TaskStatus, await task.status.$get(), `the status of ${describeTask(upid)}`);
      if (status.status === 'stopped') return this.#finish(node, upid, status.exitstatus ?? '');
      const delay = pollDelayMs(attempt, pollMs);
      if (Date.now() + delay > deadline) throw timeoutError(node, upid, timeoutMs);
      await pause(delay, options.signal);
    }
  }

  async #finish(node: string, upid: string, exitStatus: string): Promise<TaskResult> {
    if (exitStatus === 'OK' || /^WARNINGS: \d+$/.test(exitStatus)) return { exitStatus };
    const lines = await this.#lastLogLines(node, upid);
    const log = lines.length > 0 ? ` Last log lines: ${lines.join(' | ')}` : '';
    return Promise.reject(
      new ProxmoxError(
        `Proxmox task ${describeTask(upid)} failed: ${exitStatus || 'no exit status'}.${log}`,
        {
          status: undefined,
          method: 'TASK',
          path: `/nodes/${node}/tasks/${upid}`,
          pveMessage: exitStatus,
          transient: isLockTimeoutMessage(exitStatus),
        },
      ),
    );
  }

  async #lastLogLines(node: string, upid: string): Promise<string[]> {
    try {
      const data = await this.#api.nodes.$(node).tasks.$(upid).log.$get({ start: 0, limit: 5000 });
      const lines = parseAnswer(TaskLogLine.array(), data, 'a task log').map((l) => l.t);
      return lines.filter((t) => t.trim() !== '').slice(-LOG_LINES);
    } catch {
      return [];
    }
  }
}

function timeoutError(node: string, upid: string, timeoutMs: number): ProxmoxError {
  return new ProxmoxError(
    `Proxmox task ${describeTask(upid)} was still running after ${formatDuration(timeoutMs)} (${upid}).`,
    {
      status: undefined,
      method: 'TASK',
      path: `/nodes/${node}/tasks/${upid}`,
      pveMessage: 'timeout',
      transient: false,
      hint: 'It may still finish: look at the task in the Proxmox task log before trying again.',
    },
  );
}
