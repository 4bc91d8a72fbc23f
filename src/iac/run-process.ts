import { execa } from 'execa';

export interface ProcessSpec {
  bin: string;
  /** Passed as they are: nothing is interpreted by a shell. */
  args: readonly string[];
  cwd: string;
  /** The whole environment of the process: nothing is inherited from ATLAS's own. */
  env: Readonly<Record<string, string>>;
  timeoutMs: number;
  /** After SIGINT, how long before SIGTERM, and as long again before SIGKILL. */
  graceMs: number;
  signal?: AbortSignal | undefined;
  /** Called with each complete line of standard output, as it arrives. */
  onLine?: ((line: string) => void) | undefined;
}

export interface ProcessResult {
  exitCode: number | undefined;
  stdout: string;
  stderr: string;
  /** Why ATLAS stopped it, when it did. */
  stopped?: 'timeout' | 'aborted';
  /** Set when the process could not be started at all (ENOENT, EACCES). */
  spawnError?: string;
}

/** Output kept per stream; Terraform's JSON lines are small, a runaway process is cut off here. */
const MAX_OUTPUT = 32 * 1024 * 1024;

/**
 * Runs a program with an argument array and stops it gently: on timeout or abort it gets SIGINT (Terraform
 * then finishes what it is doing and saves state), SIGTERM after `graceMs`, SIGKILL after twice that.
 */
export async function runProcess(spec: ProcessSpec): Promise<ProcessResult> {
  if (spec.signal?.aborted) return { exitCode: undefined, stdout: '', stderr: '', stopped: 'aborted' };
  const child = execa(spec.bin, [...spec.args], {
    cwd: spec.cwd,
    env: { ...spec.env },
    extendEnv: false,
    reject: false,
    stdin: 'ignore',
    buffer: false,
    forceKillAfterDelay: false,
  });
  const stdout = collect(child.stdout, spec.onLine);
  const stderr = collect(child.stderr, undefined);
  let stopped: ProcessResult['stopped'];
  const timers: NodeJS.Timeout[] = [];
  const stop = (why: 'timeout' | 'aborted') => {
    if (stopped !== undefined) return;
    stopped = why;
    child.kill('SIGINT');
    timers.push(setTimeout(() => child.kill('SIGTERM'), spec.graceMs).unref());
    timers.push(setTimeout(() => child.kill('SIGKILL'), 2 * spec.graceMs).unref());
  };
  const onAbort = () => stop('aborted');
  spec.signal?.addEventListener('abort', onAbort, { once: true });
  timers.push(setTimeout(() => stop('timeout'), spec.timeoutMs).unref());
  try {
    const result = await child;
    const [out, err] = await Promise.all([stdout, stderr]);
    const spawnError = result.exitCode === undefined && !result.signal ? result.shortMessage : undefined;
    return {
      exitCode: result.exitCode,
      stdout: out,
      stderr: err,
      ...(stopped ? { stopped } : {}),
      ...(spawnError ? { spawnError } : {}),
    };
  } finally {
    for (const timer of timers) clearTimeout(timer);
    spec.signal?.removeEventListener('abort', onAbort);
  }
}

async function collect(
  stream: NodeJS.ReadableStream | null,
  onLine: ((line: string) => void) | undefined,
): Promise<string> {
  if (!stream) return '';
  stream.setEncoding('utf8');
  let text = '';
  let partial = '';
  for await (const chunk of stream) {
    const piece = String(chunk);
    if (text.length < MAX_OUTPUT) text += piece;
    if (!onLine) continue;
    const lines = (partial + piece).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) onLine(line.replace(/\r$/, ''));
  }
  if (onLine && partial !== '') onLine(partial);
  return text;
}
