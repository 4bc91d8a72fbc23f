import { z } from 'zod';
import { parseJsonLine } from '../jsonl.ts';

/** What one line of the `ansible.posix.jsonl` callback says, reduced to what ATLAS shows and acts on. */
export type AnsibleEvent =
  | { kind: 'play'; name: string }
  | { kind: 'result'; status: ResultStatus; task: string; host: string; message?: string }
  | { kind: 'stats'; stats: Record<string, HostStats> };

export type ResultStatus = 'ok' | 'changed' | 'failed' | 'skipped' | 'unreachable';

export const HostStats = z.object({
  ok: z.number().default(0),
  changed: z.number().default(0),
  failures: z.number().default(0),
  unreachable: z.number().default(0),
  skipped: z.number().default(0),
  rescued: z.number().default(0),
  ignored: z.number().default(0),
});
export type HostStats = z.infer<typeof HostStats>;

const Line = z.object({
  _event: z.string(),
  play: z.object({ name: z.string() }).optional(),
  task: z.object({ name: z.string() }).optional(),
  hosts: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  stats: z.record(z.string(), HostStats).optional(),
});

const RESULT_EVENTS: Readonly<Record<string, ResultStatus>> = {
  v2_runner_on_ok: 'ok',
  v2_runner_on_failed: 'failed',
  v2_runner_on_skipped: 'skipped',
  v2_runner_on_unreachable: 'unreachable',
};

/** One output line → an event; undefined for anything else (warnings, blank lines, task starts). */
export function parseAnsibleEvent(line: string): AnsibleEvent | undefined {
  const event = parseJsonLine(line, Line);
  if (!event) return undefined;
  if (event._event === 'v2_playbook_on_play_start' && event.play)
    return { kind: 'play', name: event.play.name };
  if (event._event === 'v2_playbook_on_stats' && event.stats) return { kind: 'stats', stats: event.stats };
  const status = RESULT_EVENTS[event._event];
  const [host, result] = Object.entries(event.hosts ?? {})[0] ?? [];
  if (!status || !host || !result || !event.task) return undefined;
  const shown = status === 'ok' && result.changed === true ? 'changed' : status;
  const message = status === 'failed' || status === 'unreachable' ? failureText(result) : undefined;
  return { kind: 'result', status: shown, task: event.task.name, host, ...(message ? { message } : {}) };
}

/** Why a task failed, in a few lines: its message and the first lines of its error output. */
export function failureText(result: Record<string, unknown>): string {
  const items = Array.isArray(result.results) ? (result.results as Record<string, unknown>[]) : [];
  const item = items.find((r) => r && typeof r === 'object' && r.failed === true);
  const source = item ?? result;
  const msg = text(source.msg);
  const output = text(source.stderr) || (msg ? '' : text(source.stdout));
  const rc = typeof source.rc === 'number' ? ` (exit code ${source.rc})` : '';
  const lines = output
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, 5);
  return [`${msg || 'failed'}${rc}`, ...lines].join('\n').slice(0, 1500);
}

function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value === undefined || value === null) return '';
  return JSON.stringify(value);
}
