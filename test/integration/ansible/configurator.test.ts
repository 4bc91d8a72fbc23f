import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateKey } from '../../../src/iac/ansible/index.ts';
import type { Progress } from '../../../src/ports/engine.ts';
import {
  keyFilePath,
  plannedVm,
  planOf,
  removeTempDirs,
  resultsOf,
  testConfigurator,
  uniqueName,
} from './fixtures.ts';
import { type LoopbackSshd, missingForConfigure, startSshd } from './loopback-sshd.ts';

const missing = missingForConfigure();
if (missing) console.warn(`SKIPPING the real Ansible configure tests: ${missing}.`);

describe.skipIf(missing !== undefined)(
  `ansible-playbook over SSH to a loopback sshd${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    const keyFile = keyFilePath();
    let sshd: LoopbackSshd;
    const configurator = (port = sshd.port, waitMs?: number) => testConfigurator(keyFile, port, waitMs);

    beforeAll(async () => {
      sshd = await startSshd((await loadOrCreateKey(keyFile)).publicKey);
    });
    afterAll(async () => {
      await sshd?.stop();
      removeTempDirs();
    });

    it('logs in with ATLAS’s key, runs the roles and reports each task as a progress line', async () => {
      const name = uniqueName('st');
      const same = configurator();
      const plan = planOf([plannedVm(name, ['selftest'])]);
      const lines: Progress[] = [];

      await same.configure(plan, resultsOf(plan), async (p) => {
        lines.push(p);
      });

      expect(readFileSync(`/tmp/atlas-selftest/${name}/marker`, 'utf8')).toBe(`configured ${name} as root\n`);
      expect(lines.map((l) => l.message)).toEqual([
        `configuring ${name} with selftest`,
        `${name}: Wait for SSH · ok`,
        `${name}: Wait for cloud-init to finish · ok`,
        `${name}: Gather facts · ok`,
        `${name}: selftest : Make the selftest directory · changed`,
        `${name}: selftest : Write the selftest marker · changed`,
      ]);
      expect(lines.every((l) => l.vm === name)).toBe(true);
      rmSync(`/tmp/atlas-selftest/${name}`, { recursive: true, force: true });
    }, 60_000);

    it('fails on a failed task, naming the task and the VM, with the output sanitised', async () => {
      const good = uniqueName('ok');
      const bad = uniqueName('bad');
      const same = configurator();
      const plan = planOf([
        plannedVm(good, ['selftest']),
        plannedVm(bad, ['selftest', 'selftest_fail'], 101),
      ]);
      const lines: string[] = [];

      const failure = await same
        .configure(plan, resultsOf(plan), async (p) => {
          lines.push(p.message);
        })
        .catch((error: unknown) => error);

      expect(failure).toMatchObject({
        code: 'configure',
        message: `Configuring R-7F3K: the task "selftest_fail : Fail on purpose" failed on ${bad}: non-zero return code (exit code 3)\ndisk *** on purpose`,
        hint: `${bad} is kept as it is, so you can look at it.`,
      });
      expect(lines).toContain(
        `${bad}: selftest_fail : Fail on purpose · failed: non-zero return code (exit code 3)`,
      );
      expect(lines).toContain(`${good}: selftest : Write the selftest marker · changed`);
      rmSync(`/tmp/atlas-selftest/${good}`, { recursive: true, force: true });
      rmSync(`/tmp/atlas-selftest/${bad}`, { recursive: true, force: true });
    }, 60_000);

    it('says which VM it could not reach when nothing answers on the SSH port', async () => {
      const name = uniqueName('gone');
      const nowhere = configurator(1, 2_000);
      const plan = planOf([plannedVm(name, ['selftest'])]);

      const failure = await nowhere
        .configure(plan, resultsOf(plan), async () => {})
        .catch((error: unknown) => error);

      expect(failure).toMatchObject({ code: 'configure' });
      expect((failure as Error).message).toMatch(
        new RegExp(`the task "Wait for SSH" failed on ${name}: .*timed out`),
      );
    }, 60_000);

    it('stops ansible-playbook when the job is cancelled', async () => {
      const name = uniqueName('cancel');
      const nowhere = configurator(1, 60_000);
      const plan = planOf([plannedVm(name, ['selftest'])]);
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 1_500);
      const started = Date.now();

      const failure = await nowhere
        .configure(plan, resultsOf(plan), async () => {}, controller.signal)
        .catch((error: unknown) => error);

      expect(failure).toMatchObject({
        code: 'transient',
        message: 'Configuring R-7F3K: interrupted (the worker is stopping).',
      });
      expect(Date.now() - started).toBeLessThan(15_000);
    }, 30_000);

    it('finds the shipped nginx and docker roles valid (syntax check; no install: no internet here)', () => {
      const output = execFileSync(
        'ansible-playbook',
        ['--syntax-check', '-i', 'localhost,', new URL('./syntax-check.yml', import.meta.url).pathname],
        {
          encoding: 'utf8',
          env: {
            PATH: '/usr/local/bin:/usr/bin:/bin',
            LANG: 'C.UTF-8',
            ANSIBLE_ROLES_PATH: new URL('../../../templates/ansible/roles', import.meta.url).pathname,
          },
        },
      );

      expect(output).toContain('playbook:');
    }, 60_000);
  },
);
