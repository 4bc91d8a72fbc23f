import { afterEach, describe, expect, it } from 'vitest';
import { sweepFinished } from '../../../src/core/sweep-finished.ts';
import { PipelineWorld } from '../../support/pipeline-world.ts';
import { hasTerraform, NO_TERRAFORM, progressLines, simVms, TF_WAIT_MS } from './terraform-world.ts';

let world: PipelineWorld;
afterEach(async () => world?.close());

/** Until the request's last job is recorded as completed, and a little longer: the sweep skips requests a job touched since. */
async function jobsDone(requestId: string): Promise<void> {
  for (;;) {
    const jobs = await world.runtime.deps.requests.listJobs(requestId);
    if (jobs.at(-1)?.status === 'completed') break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe.skipIf(!hasTerraform)(`Retention sweep (${hasTerraform ? 'terraform found' : NO_TERRAFORM})`, () => {
  it('removes the plan file and workspace of a finished create; its VM is still destroyed with Terraform', async () => {
    world = await PipelineWorld.start({ terraform: true });
    const created = await world.create('alice', 'vm create old-01');
    await world.waitFor(created, 'awaiting_approval', TF_WAIT_MS);
    await world.say('bob', `approve ${created}`);
    await world.waitFor(created, 'succeeded', TF_WAIT_MS);
    await jobsDone(created);

    const swept = await sweepFinished(world.runtime.sweep, { retentionMs: 20 });
    const planFiles = await world.runtime.sql.query('SELECT 1 FROM plan_artifacts WHERE request_id = $1', [
      created,
    ]);
    const destroy = await world.create('alice', 'vm destroy old-01');
    await world.waitFor(destroy, 'awaiting_approval', TF_WAIT_MS);
    await world.say('bob', `approve ${destroy}`);
    await world.waitFor(destroy, 'succeeded', TF_WAIT_MS);

    expect(swept).toMatchObject({ kind: 'swept', requests: 1, planFiles: 1, workspaces: 1, failed: 0 });
    expect(planFiles).toEqual([]);
    expect(progressLines(world, destroy)).toContain('terraform: destroying old-01');
    expect(simVms(world, 'old-01')).toEqual([]);
  });
});
