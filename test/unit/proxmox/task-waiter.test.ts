import { describe, expect, it } from 'vitest';
import { apiOver } from '../../../src/proxmox/client.ts';
import { ProxmoxError } from '../../../src/proxmox/proxmox-error.ts';
import { TaskWaiter } from '../../../src/proxmox/task-waiter.ts';

const UPID = 'UPID:pve1:000A1B2C:00C3D4E5:66A0B1C2:qmclone:9000:atlas@pve!bot:';

/** A request function that answers task status and log calls from a script. */
function fakeTasks(statuses: object[], log: string[] = []) {
  const seen: string[] = [];
  const api = apiOver({
    doRequest: async (method: string, path: string) => {
      seen.push(`${method.toUpperCase()} ${path}`);
      if (path.endsWith('/status')) return statuses.length > 1 ? statuses.shift() : statuses[0];
      if (path.endsWith('/log')) return log.map((t, i) => ({ n: i + 1, t }));
      throw new Error(`unexpected ${method} ${path}`);
    },
  });
  return { api, seen };
}

describe('TaskWaiter', () => {
  it('polls until the task stops and accepts OK', async () => {
    const { api, seen } = fakeTasks([
      { status: 'running' },
      { status: 'running' },
      { status: 'stopped', exitstatus: 'OK' },
    ]);

    const result = await new TaskWaiter(api).waitForTask('pve1', UPID, { pollMs: 1, timeoutMs: 1000 });

    expect(result.exitStatus).toBe('OK');
    expect(seen).toHaveLength(3);
    expect(seen[0]).toBe(`GET /api2/json/nodes/pve1/tasks/${UPID}/status`);
  });

  it('polls a short task soon instead of a whole interval later', async () => {
    const { api, seen } = fakeTasks([
      { status: 'running' },
      { status: 'running' },
      { status: 'stopped', exitstatus: 'OK' },
    ]);
    const started = performance.now();

    await new TaskWaiter(api).waitForTask('pve1', UPID, { pollMs: 1000, timeoutMs: 10_000 });

    const elapsed = performance.now() - started;
    expect(seen).toHaveLength(3);
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(900);
  });

  it('counts WARNINGS as success', async () => {
    const { api } = fakeTasks([{ status: 'stopped', exitstatus: 'WARNINGS: 2' }]);

    await expect(new TaskWaiter(api).waitForTask('pve1', UPID, { pollMs: 1 })).resolves.toEqual({
      exitStatus: 'WARNINGS: 2',
    });
  });

  it('fails with the exit status and the last lines of the log', async () => {
    const exit = "clone failed: can't allocate space in storage 'local-lvm'";
    const log = [
      'create full clone of drive scsi0 (local-lvm:base-9000-disk-0)',
      'transferred 0.0 B of 3.5 GiB (0.00%)',
      `TASK ERROR: ${exit}`,
    ];
    const { api } = fakeTasks([{ status: 'stopped', exitstatus: exit }], log);

    const error = await new TaskWaiter(api).waitForTask('pve1', UPID, { pollMs: 1 }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProxmoxError);
    expect((error as ProxmoxError).message).toBe(
      `Proxmox task qmclone of 9000 on pve1 failed: ${exit}. Last log lines: ${log.join(' | ')}`,
    );
    expect((error as ProxmoxError).pveMessage).toBe(exit);
    expect((error as ProxmoxError).code).toBe('proxmox');
  });

  it('says which task and how long when it does not stop in time', async () => {
    const { api } = fakeTasks([{ status: 'running' }]);

    const wait = new TaskWaiter(api).waitForTask('pve1', UPID, { pollMs: 5, timeoutMs: 30 });

    await expect(wait).rejects.toThrow(
      `Proxmox task qmclone of 9000 on pve1 was still running after 30 ms (${UPID}).`,
    );
  });

  it('stops waiting when the signal aborts', async () => {
    const { api } = fakeTasks([{ status: 'running' }]);
    const controller = new AbortController();

    const wait = new TaskWaiter(api).waitForTask('pve1', UPID, {
      pollMs: 50,
      timeoutMs: 5000,
      signal: controller.signal,
    });
    controller.abort(new Error('cancelled by the worker'));

    await expect(wait).rejects.toThrow('cancelled by the worker');
  });
});
