import { afterEach, describe, expect, it } from 'vitest';
import { PipelineWorld } from '../../support/pipeline-world.ts';
import { hasTerraform, NO_TERRAFORM, progressLines, simVms, TF_WAIT_MS } from './terraform-world.ts';

let world: PipelineWorld;
afterEach(async () => world?.close());

/** Approves every request at once, as several approvers clicking at the same moment. */
async function approveAll(ids: readonly string[]): Promise<void> {
  await Promise.all(ids.map((id) => world.say('bob', `approve ${id}`)));
}

describe.skipIf(!hasTerraform)(`Terraform locks (${hasTerraform ? 'terraform found' : NO_TERRAFORM})`, () => {
  it('queues a create behind another on the same node, and starts it when the node is free', async () => {
    world = await PipelineWorld.start({ terraform: true });
    const first = await world.create('alice', 'vm create q-01 --node pve2');
    const second = await world.create('alice', 'vm create q-02 --node pve2');
    await world.waitFor(first, 'awaiting_approval', TF_WAIT_MS);
    await world.waitFor(second, 'awaiting_approval', TF_WAIT_MS);

    await approveAll([first, second]);
    await world.waitFor(first, 'succeeded', TF_WAIT_MS);
    await world.waitFor(second, 'succeeded', TF_WAIT_MS);

    const queued = [first, second].flatMap((id) =>
      progressLines(world, id).filter((l) => l.startsWith('queued behind')),
    );
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatch(
      /^queued behind R-[0-9A-Z]{4,8} \(position 1\), which holds Proxmox node pve[12]$/,
    );
    expect(simVms(world, 'q-0').map((v) => v.status)).toEqual(['running', 'running']);
  });

  it('destroys two VMs of one workspace from two workers, one after the other', async () => {
    world = await PipelineWorld.start({ terraform: true });
    await world.startOtherWorker();
    const created = await world.create('alice', 'vm create pair --count 2');
    await world.waitFor(created, 'awaiting_approval', TF_WAIT_MS);
    await approveAll([created]);
    await world.waitFor(created, 'succeeded', TF_WAIT_MS);
    const destroys = [
      await world.create('alice', 'vm destroy pair-01'),
      await world.create('alice', 'vm destroy pair-02'),
    ];
    for (const id of destroys) await world.waitFor(id, 'awaiting_approval', TF_WAIT_MS);

    await approveAll(destroys);
    for (const id of destroys) await world.waitFor(id, 'succeeded', TF_WAIT_MS);

    expect(simVms(world, 'pair-')).toEqual([]);
    const [a, b] = destroys.map((id) => progressLines(world, id));
    const waited = [...(a ?? []), ...(b ?? [])].filter((l) => l.startsWith('queued behind'));
    expect(waited).toEqual([
      expect.stringMatching(
        new RegExp(
          `^queued behind R-[0-9A-Z]+ \\(position 1\\), which holds Terraform workspace ${created.toLowerCase()}$`,
        ),
      ),
    ]);
    for (const lines of [a, b]) expect(lines?.some((l) => /^pair-0[12] is destroyed$/.test(l))).toBe(true);
  });
});
