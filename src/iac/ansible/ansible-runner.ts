import { type ProcessResult, runProcess } from '../run-process.ts';
import { type AnsibleEvent, type HostStats, parseAnsibleEvent } from './ansible-events.ts';

export interface PlaybookRun {
  bin: string;
  runDir: string;
  env: Readonly<Record<string, string>>;
  timeoutMs: number;
  graceMs: number;
  signal?: AbortSignal | undefined;
  onEvent: (event: AnsibleEvent) => void;
}

export interface FailedTask {
  task: string;
  host: string;
  status: 'failed' | 'unreachable';
  message: string;
}

export interface PlaybookOutcome {
  result: ProcessResult;
  /** Per host, the task that stopped it: the last failure of a host the final stats count as failed. */
  failures: FailedTask[];
  stats: Record<string, HostStats> | undefined;
}

/** `ansible-playbook -i inventory.yml playbook.yml` in the run directory, events as they arrive. */
export async function runPlaybook(run: PlaybookRun): Promise<PlaybookOutcome> {
  const lastFailure = new Map<string, FailedTask>();
  let stats: Record<string, HostStats> | undefined;
  const result = await runProcess({
    bin: run.bin,
    args: ['-i', 'inventory.yml', 'playbook.yml'],
    cwd: run.runDir,
    env: run.env,
    timeoutMs: run.timeoutMs,
    graceMs: run.graceMs,
    signal: run.signal,
    onLine: (line) => {
      const event = parseAnsibleEvent(line);
      if (!event) return;
      if (event.kind === 'stats') stats = event.stats;
      if (event.kind === 'result' && (event.status === 'failed' || event.status === 'unreachable')) {
        const { task, host, status } = event;
        lastFailure.set(host, { task, host, status, message: event.message ?? status });
      }
      run.onEvent(event);
    },
  });
  const stopped = [...lastFailure.values()].filter((failure) => {
    const host = stats?.[failure.host];
    return !host || host.failures > 0 || host.unreachable > 0;
  });
  return { result, failures: stopped, stats };
}
