import { describe, expect, it } from 'vitest';
import { helpText } from '../../../src/core/grammar/help-text.ts';
import type { Policy } from '../../../src/domain/policy.ts';
import { policy } from './policy.ts';

describe('helpText', () => {
  it('gives an overview of every command', () => {
    const help = helpText(undefined, policy, 'en');

    expect(help.title).toBe('ATLAS commands');
    for (const usage of [
      'vm create NAME [options]',
      'vm list [--mine]',
      'vm status NAME',
      'vm start|stop|reboot NAME',
      'vm destroy NAME',
      'approve [REQUEST]',
      'reject [REQUEST] [reason...]',
      '/atlas templates',
      'help [command]',
    ]) {
      expect(help.text).toContain(usage);
    }
  });

  it.each([
    ['vm create', 'Help: vm create'],
    ['create', 'Help: vm create'],
    ['  VM   Create ', 'Help: vm create'],
    ['/atlas vm create', 'Help: vm create'],
    ['--count', 'Help: vm create'],
    ['memory', 'Help: vm create'],
    ['mine', 'Help: vm list'],
    ['approve', 'Help: approve'],
    ['reject', 'Help: reject'],
    ['start', 'Help: vm start|stop|reboot'],
    ['vm reboot', 'Help: vm start|stop|reboot'],
    ['list', 'Help: vm list'],
    ['status', 'Help: vm status'],
    ['destroy', 'Help: vm destroy'],
    ['templates', 'Help: templates'],
    ['vm', 'ATLAS commands'],
    ['', 'ATLAS commands'],
  ])('topic %j → %s', (topic, title) => {
    const help = helpText(topic, policy, 'en');

    expect(help.title).toBe(title);
  });

  it('shows the options of vm create with defaults, limits and the bare-number rules', () => {
    const help = helpText('vm create', policy, 'en');

    for (const words of [
      '--cores N` CPU cores (default 2, at most 16)',
      'default 2 GiB, at most 64 GiB',
      'below 64 means GiB',
      'from 64 up it means MiB',
      'default 20 GiB, at most 500 GiB',
      'default ubuntu-24.04',
      'default 1, at most 10',
      '--ssh-key KEY',
      '--tag TAG',
      'Every VM also gets: atlas',
      'DNS labels',
      '/atlas vm create web-01 --cores 4 --memory 8G --disk 40G',
    ]) {
      expect(help.text).toContain(words);
    }
  });

  it('takes its numbers from the policy', () => {
    const strict: Policy = {
      ...policy,
      requiredApprovals: 2,
      limits: { maxCores: 4, maxMemoryMiB: 1536, maxDiskGiB: 50, maxCount: 3 },
      defaults: { ...policy.defaults, cores: 1, tags: [] },
    };

    const create = helpText('create', strict, 'en').text;
    const approve = helpText('approve', strict, 'en').text;

    expect(create).toContain('(default 1, at most 4)');
    expect(create).toContain('at most 1536 MiB');
    expect(create).toContain('at most 50 GiB');
    expect(create).not.toContain('Every VM also gets');
    expect(approve).toContain('2 approvals from different approvers');
  });

  it('has examples for every command', () => {
    for (const topic of [
      'vm create',
      'vm list',
      'status',
      'start',
      'destroy',
      'approve',
      'reject',
      'templates',
    ]) {
      const help = helpText(topic, policy, 'en');

      expect(help.text).toMatch(/Examples:\n`\/atlas /);
    }
  });

  it.each([
    ['vm crate', 'did you mean `help vm create`?'],
    ['aprove', 'did you mean `help approve`?'],
    ['rebot', 'did you mean `help reboot`?'],
  ])('an unknown topic %j gives the overview and a suggestion', (topic, suggestion) => {
    const help = helpText(topic, policy, 'en');

    expect(help.text).toContain(`No help for "${topic}"; ${suggestion}`);
    expect(help.text).toContain('vm destroy NAME');
  });

  it('an unknown topic with nothing near says so and shows the overview', () => {
    const help = helpText('xyzzy', policy, 'en');

    expect(help.text).toMatch(/^No help for "xyzzy"\.\n/);
    expect(help.text).toContain('vm create NAME [options]');
  });
});
