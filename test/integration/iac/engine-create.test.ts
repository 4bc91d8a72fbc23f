import { afterEach, describe, expect, it } from 'vitest';
import { createRequest, recorder } from '../proxmox/world.ts';
import { type EngineWorld, sealPlan, startEngineWorld } from './engine-world.ts';
import { hasTerraform, NO_TERRAFORM } from './terraform-world.ts';

const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl alice@laptop';

describe.skipIf(!hasTerraform)(
  `TerraformEngine create, pg backend (${hasTerraform ? 'terraform found' : NO_TERRAFORM})`,
  () => {
    let world: EngineWorld;

    afterEach(async () => {
      expect(world.proxmox.contractViolations()).toEqual([]);
      await world.close();
    });

    it('plans with a pinned plan file, applies it, and the VM is on the simulator as planned', async () => {
      world = await startEngineWorld('pg');
      const request = createRequest([
        { name: 'web-01', cores: 4, memoryMiB: 8192, diskGiB: 40, sshKeys: [KEY], tags: ['web'] },
      ]);
      const draft = await world.engine.plan(request);
      const plan = sealPlan(world.engine, request, draft);
      const progress = recorder();

      const results = await world.engine.apply(plan, progress.report);

      const planned = plan.actions[0]?.kind === 'create-vm' ? plan.actions[0].vm : undefined;
      expect(draft.artifactSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(draft.summary).toBe(
        `+ create web-01 (vmid ${planned?.vmid} on ${planned?.node})\nTerraform: 1 to add, 0 to change, 0 to destroy.`,
      );
      expect(results).toEqual([
        {
          name: 'web-01',
          vmid: planned?.vmid,
          node: planned?.node,
          ip: expect.stringMatching(/^\d+\.\d+\.\d+\.\d+$/),
        },
      ]);
      const vm = world.proxmox.sim.state.vm(planned?.vmid ?? 0);
      expect(vm?.status).toBe('running');
      expect(vm?.node).toBe(planned?.node);
      expect(vm?.config).toMatchObject({ name: 'web-01', cores: 4, ciuser: 'atlas' });
      expect(String(vm?.config.memory)).toBe('8192');
      expect(String(vm?.config.scsi0)).toMatch(/size=40G/);
      expect(String(vm?.config.description)).toContain(request.id);
      expect(progress.messages).toContain('terraform: creating web-01');
      expect(progress.messages.some((m) => /^terraform: created web-01 in \d+s$/.test(m))).toBe(true);
    });

    it('lets another worker apply the plan, and a retried apply carries on without a second VM', async () => {
      world = await startEngineWorld('pg');
      const request = createRequest([{ name: 'db-01' }, { name: 'db-02' }]);
      const plan = sealPlan(world.engine, request, await world.engine.plan(request));
      const first = await world.otherWorker().apply(plan, recorder().report);
      const progress = recorder();

      const again = await world.engine.apply(plan, progress.report);

      expect(again).toEqual(first);
      expect(first.map((r) => r.name)).toEqual(['db-01', 'db-02']);
      expect(
        world.proxmox.sim.state.vms().filter((v) => String(v.config.name).startsWith('db-0')),
      ).toHaveLength(2);
      expect(progress.messages).toContain(
        'an earlier attempt changed the state already; planning the rest of the approved changes',
      );
    });

    it('refuses a plan file that differs from the approved one, and one that is gone', async () => {
      world = await startEngineWorld('pg');
      const request = createRequest([{ name: 'app-01' }]);
      const plan = sealPlan(world.engine, request, await world.engine.plan(request));
      const sha = plan.artifactSha256 ?? '';
      const other = await world.engine.plan(createRequest([{ name: 'app-02' }]));
      await world.artifacts.save(
        sha,
        (await world.artifacts.load(other.artifactSha256 ?? '')) ?? new Uint8Array(),
      );

      const changed = await world.engine.apply(plan, recorder().report).catch((error: unknown) => error);
      const missing = await world.engine
        .apply({ ...plan, artifactSha256: 'f'.repeat(64) }, recorder().report)
        .catch((e: unknown) => e);

      expect(changed).toMatchObject({
        code: 'stale_plan',
        hint: expect.stringMatching(/Plan the request again/),
      });
      expect(missing).toMatchObject({
        code: 'stale_plan',
        message: expect.stringMatching(/is not stored any more/),
      });
      expect(world.proxmox.sim.state.vms().some((v) => /^app-0/.test(String(v.config.name)))).toBe(false);
    });

    it('surfaces the Proxmox message when the clone fails', async () => {
      world = await startEngineWorld('pg');
      const request = createRequest([{ name: 'big-01' }]);
      const plan = sealPlan(world.engine, request, await world.engine.plan(request));
      world.proxmox.sim.faults.failTask({
        type: 'qmclone',
        message: "clone failed: storage 'local-lvm' is full (no space left)",
      });
      const progress = recorder();

      const attempt = world.engine.apply(plan, progress.report);

      await expect(attempt).rejects.toMatchObject({
        name: 'TerraformError',
        code: 'proxmox',
        message: expect.stringMatching(/clone failed: storage 'local-lvm' is full \(no space left\)/),
      });
      expect(progress.messages.some((m) => m.startsWith('Terraform error:') && m.includes('is full'))).toBe(
        true,
      );
    });
  },
);
