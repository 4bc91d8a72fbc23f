import { afterEach, describe, expect, it } from 'vitest';
import { PipelineWorld } from '../../support/pipeline-world.ts';
import { hasTerraform, NO_TERRAFORM, progressLines, simVms, TF_WAIT_MS } from './terraform-world.ts';

let world: PipelineWorld;
afterEach(async () => world?.close());

describe.skipIf(!hasTerraform)(
  `Terraform pipeline (${hasTerraform ? 'terraform found' : NO_TERRAFORM})`,
  () => {
    it("shows Terraform's plan on the card; another worker applies it and the VM runs with an IP", async () => {
      world = await PipelineWorld.start({ terraform: true, worker: false });
      const planner = await world.startOtherWorker();
      const id = await world.create('alice', '/atlas vm create web-01 --cores 2 --memory 2G --disk 30G');
      const planned = await world.waitFor(id, 'awaiting_approval', TF_WAIT_MS);
      await planner.stop();
      await world.startWorker();

      await world.say('bob', 'approve');
      const done = await world.waitFor(id, 'succeeded', TF_WAIT_MS);

      const plan = await world.runtime.deps.requests.getPlan(planned.planId ?? '');
      const [vm] = simVms(world, 'web-01');
      expect(plan?.engine).toBe('terraform');
      expect(plan?.summary).toBe(
        `+ create web-01 (vmid ${vm?.vmid} on ${vm?.node})\nTerraform: 1 to add, 0 to change, 0 to destroy.`,
      );
      const card = world.chat.calls.map((c) => c.view).find((v) => v.kind === 'plan');
      expect(card?.fields).toContainEqual({ label: 'Engine', value: 'terraform' });
      expect(card?.code).toContain(`\n\n${plan?.summary}`);
      const stored = await world.runtime.sql.query<{ request_id: string }>(
        'SELECT request_id FROM plan_artifacts WHERE sha256 = $1',
        [plan?.artifactSha256],
      );
      expect(stored).toEqual([{ request_id: id }]);
      expect(vm).toMatchObject({ status: 'running' });
      expect(vm?.config).toMatchObject({ name: 'web-01', cores: 2 });
      expect(done.result).toEqual([
        { name: 'web-01', vmid: vm?.vmid, node: vm?.node, ip: expect.stringMatching(/^10\./) },
      ]);
      expect(progressLines(world, id)).toContain('terraform: creating web-01');
      expect(world.chat.calls.at(-1)?.view).toMatchObject({
        kind: 'result',
        title: `${id} done: web-01 is running`,
      });
    });

    it('applies nothing when the stored plan no longer matches the approved hash', async () => {
      world = await PipelineWorld.start({ terraform: true });
      const id = await world.create('alice', '/atlas vm create app-01 --cores 2');
      const planned = await world.waitFor(id, 'awaiting_approval', TF_WAIT_MS);
      await world.runtime.sql.query(
        `UPDATE plans SET actions = jsonb_set(actions, '{0,vm,cores}', '8') WHERE id = $1`,
        [planned.planId],
      );

      await world.say('bob', 'approve');
      const failed = await world.waitFor(id, 'failed', TF_WAIT_MS);

      expect(failed.reason).toMatch(/is not the one that was approved, so nothing was applied/);
      expect(simVms(world, 'app-01')).toEqual([]);
      expect(world.sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/clone'))).toEqual([]);
    });
  },
);
