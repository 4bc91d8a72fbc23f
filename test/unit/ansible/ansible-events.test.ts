import { describe, expect, it } from 'vitest';
import { parseAnsibleEvent } from '../../../src/iac/ansible/ansible-events.ts';
import { progressOf } from '../../../src/iac/ansible/ansible-progress.ts';

const task = { name: 'nginx : Install nginx', id: 'x', path: '/r/tasks/main.yml:1', duration: {} };
const line = (event: string, hosts: Record<string, unknown>) =>
  JSON.stringify({ _event: event, _timestamp: 't', task, hosts });

describe('parseAnsibleEvent (ansible.posix.jsonl)', () => {
  it('reads ok, changed, skipped, failed and unreachable results', () => {
    const ok = parseAnsibleEvent(line('v2_runner_on_ok', { 'web-01': { changed: false } }));
    const changed = parseAnsibleEvent(line('v2_runner_on_ok', { 'web-01': { changed: true } }));
    const skipped = parseAnsibleEvent(line('v2_runner_on_skipped', { 'web-01': { skipped: true } }));
    const failed = parseAnsibleEvent(
      line('v2_runner_on_failed', {
        'web-01': { failed: true, msg: 'non-zero return code', rc: 3, stderr: 'boom\nbang', stdout: '' },
      }),
    );
    const unreachable = parseAnsibleEvent(
      line('v2_runner_on_unreachable', { 'db-1': { unreachable: true, msg: 'Connection refused' } }),
    );

    expect(ok).toEqual({ kind: 'result', status: 'ok', task: task.name, host: 'web-01' });
    expect(changed).toMatchObject({ status: 'changed' });
    expect(skipped).toMatchObject({ status: 'skipped' });
    expect(failed).toEqual({
      kind: 'result',
      status: 'failed',
      task: task.name,
      host: 'web-01',
      message: 'non-zero return code (exit code 3)\nboom\nbang',
    });
    expect(unreachable).toMatchObject({ status: 'unreachable', host: 'db-1', message: 'Connection refused' });
  });

  it('names the failed item of a loop', () => {
    const event = parseAnsibleEvent(
      line('v2_runner_on_failed', {
        'web-01': {
          msg: 'One or more items failed',
          results: [
            { failed: false, msg: 'fine' },
            { failed: true, msg: 'No package matching nginxx' },
          ],
        },
      }),
    );

    expect(event).toMatchObject({ message: 'No package matching nginxx' });
  });

  it('reads plays and the final stats, and ignores everything else', () => {
    const play = JSON.stringify({ _event: 'v2_playbook_on_play_start', play: { name: 'Configure web-01' } });
    const stats = JSON.stringify({
      _event: 'v2_playbook_on_stats',
      stats: {
        'web-01': { ok: 3, changed: 1, failures: 1, unreachable: 0, skipped: 0, rescued: 0, ignored: 0 },
      },
    });

    expect(parseAnsibleEvent(play)).toEqual({ kind: 'play', name: 'Configure web-01' });
    expect(parseAnsibleEvent(stats)).toMatchObject({ kind: 'stats', stats: { 'web-01': { failures: 1 } } });
    expect(parseAnsibleEvent('[WARNING]: sftp transfer mechanism failed')).toBeUndefined();
    expect(
      parseAnsibleEvent('{"_event": "v2_playbook_on_task_start", "task": {"name": "x"}}'),
    ).toBeUndefined();
    expect(parseAnsibleEvent('{not json')).toBeUndefined();
  });
});

describe('progressOf', () => {
  it('makes one sanitised line per result that names the VM, and none for skipped tasks', () => {
    const sanitize = (text: string) => text.replaceAll('s3cret', '***');
    const failed = progressOf(
      { kind: 'result', status: 'failed', task: 't', host: 'web-01', message: 'bad s3cret\nmore' },
      sanitize,
    );
    const skipped = progressOf({ kind: 'result', status: 'skipped', task: 't', host: 'web-01' }, sanitize);

    expect(failed).toEqual({ message: 'web-01: t · failed: bad ***', vm: 'web-01' });
    expect(skipped).toBeUndefined();
  });
});
