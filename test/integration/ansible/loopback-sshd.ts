// A real OpenSSH server on 127.0.0.1 for configure tests: a free port, a temporary host key, and
// authorized_keys holding only the key ATLAS logs in with. Runs as the test's user (root in CI).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateOpensshKeyPair } from '../../../src/iac/ansible/openssh-key.ts';

export const SSHD = '/usr/sbin/sshd';

/** Why a real playbook run cannot be tested here, naming what is missing; undefined when it can. */
export function missingForConfigure(): string | undefined {
  const ansible = spawnSync('ansible-playbook', ['--version'], { encoding: 'utf8' });
  if (ansible.error || ansible.status !== 0)
    return 'ansible-playbook is not installed (apt-get install ansible)';
  const callbacks = spawnSync('ansible-doc', ['-t', 'callback', '-l'], { encoding: 'utf8' });
  if (!callbacks.stdout?.includes('ansible.posix.jsonl'))
    return 'the ansible.posix.jsonl callback is missing (install Debian’s full `ansible` package)';
  if (!existsSync(SSHD)) return `${SSHD} is not installed (apt-get install openssh-server)`;
  if (process.getuid?.() !== 0) return 'sshd needs root to serve a loopback login in tests';
  return undefined;
}

export interface LoopbackSshd {
  port: number;
  stop(): Promise<void>;
}

export async function startSshd(authorizedKey: string): Promise<LoopbackSshd> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-sshd-'));
  const port = await freePort();
  writeFileSync(join(dir, 'host_ed25519'), generateOpensshKeyPair('host').privateKey, { mode: 0o600 });
  writeFileSync(join(dir, 'authorized_keys'), `${authorizedKey}\n`, { mode: 0o600 });
  writeFileSync(join(dir, 'sshd_config'), config(dir, port));
  mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const child = spawn(SSHD, ['-D', '-e', '-f', join(dir, 'sshd_config')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk) => {
    log += String(chunk);
  });
  await waitForPort(port, child, () => log);
  return {
    port,
    stop: async () => {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function config(dir: string, port: number): string {
  return [
    `Port ${port}`,
    'ListenAddress 127.0.0.1',
    `HostKey ${dir}/host_ed25519`,
    `AuthorizedKeysFile ${dir}/authorized_keys`,
    `PidFile ${dir}/sshd.pid`,
    'PermitRootLogin prohibit-password',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'UsePAM no',
    'StrictModes no',
    'Subsystem sftp internal-sftp',
    '',
  ].join('\n');
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`sshd exited: ${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => resolve(socket.end() !== undefined));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`sshd did not listen on ${port}: ${log()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
