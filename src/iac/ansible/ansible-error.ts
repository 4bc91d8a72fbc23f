import { AtlasError } from '../../domain/errors.ts';
import type { PlaybookOutcome } from './ansible-runner.ts';
import { formatDuration } from './durations.ts';

export interface ErrorContext {
  /** `Configuring R-7F3K`. */
  doing: string;
  bin: string;
  timeoutMs: number;
  sanitize: (text: string) => string;
}

/** Why a playbook run failed, as a person can act on it: the task and the VM, or what stopped Ansible. */
export function playbookError(outcome: PlaybookOutcome, context: ErrorContext): AtlasError {
  const { result, failures } = outcome;
  const clean = context.sanitize;
  if (result.spawnError !== undefined) {
    return new AtlasError(
      'config',
      `${context.doing}: ${context.bin} could not be started (${clean(result.spawnError)}).`,
      {
        hint: 'Install Ansible on the workers (Debian: apt-get install ansible) or set ATLAS_ANSIBLE_PLAYBOOK.',
      },
    );
  }
  if (result.stopped === 'aborted') {
    return new AtlasError('transient', `${context.doing}: interrupted (the worker is stopping).`);
  }
  if (result.stopped === 'timeout') {
    return new AtlasError(
      'configure',
      `${context.doing}: the roles did not finish within ${formatDuration(context.timeoutMs)}.`,
      {
        hint: 'The VMs are kept as they are. Look at them over SSH, or raise ATLAS_CONFIGURE_TIMEOUT.',
      },
    );
  }
  const [first, ...more] = failures;
  if (first) {
    const what = first.status === 'unreachable' ? 'could not reach' : 'failed on';
    const others = more.length > 0 ? ` (and on ${more.map((f) => f.host).join(', ')})` : '';
    return new AtlasError(
      'configure',
      `${context.doing}: the task "${clean(first.task)}" ${what} ${first.host}${others}: ${clean(first.message)}`,
      { hint: `${first.host} is kept as it is, so you can look at it.` },
    );
  }
  const error = stderrError(result.stderr);
  return new AtlasError(
    'configure',
    `${context.doing}: ansible-playbook stopped with exit code ${result.exitCode ?? 'none'}${error ? `: ${clean(error)}` : ''}.`,
    { hint: 'The VMs are kept as they are; the ATLAS log has the details.' },
  );
}

/** The `ERROR! ...` paragraph Ansible prints before it runs anything (bad role, bad syntax). */
function stderrError(stderr: string): string {
  const start = stderr.indexOf('ERROR!');
  if (start < 0) return stderr.trim().split('\n').slice(-3).join(' ').slice(0, 500);
  return stderr.slice(start).split('\n\n')[0]?.replace(/\s+/g, ' ').slice(0, 500) ?? '';
}
