import { tmpdir } from 'node:os';
import { AtlasError } from '../../domain/errors.ts';
import { runProcess } from '../run-process.ts';
import { ansibleEnv } from './ansible-env.ts';
import type { ResolvedAnsibleOptions } from './ansible-options.ts';

/** `ansible-playbook --version` must run, or a request with roles is refused before any VM exists. */
export async function assertInstalled(options: ResolvedAnsibleOptions): Promise<void> {
  const runDir = tmpdir();
  const { ANSIBLE_CONFIG: _none, ...env } = ansibleEnv({ ...options, runDir, privateKeyFile: '/dev/null' });
  const result = await runProcess({
    bin: options.bin,
    args: ['--version'],
    cwd: runDir,
    env,
    timeoutMs: 60_000,
    graceMs: 1_000,
  });
  if (result.exitCode === 0) return;
  const why = result.spawnError ?? (result.stderr.trim().split('\n')[0] || `exit code ${result.exitCode}`);
  throw new AtlasError(
    'config',
    `This ATLAS worker cannot configure VMs: ${options.bin} does not run (${options.sanitize(why)}).`,
    {
      hint: 'Ask again without --with, or have the operators install Ansible on the workers (Debian: apt-get install ansible).',
    },
  );
}
