import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TfEvent } from '../../../src/iac/tf-events.ts';
import { hasTerraform, NO_TERRAFORM, scratch, testRunner } from './terraform-world.ts';

const DATA = `resource "terraform_data" "x" {
  input = "hello"
}

output "greeting" {
  value = terraform_data.x.output
}
`;

/** A resource whose create takes a while: a provisioner that sleeps (test fixture only). */
const SLOW = `resource "terraform_data" "slow" {
  provisioner "local-exec" {
    command = "exec sleep 20"
  }
}
`;

describe.skipIf(!hasTerraform)(
  `TerraformRunner with the real terraform (${hasTerraform ? 'found' : NO_TERRAFORM})`,
  () => {
    let world: ReturnType<typeof scratch>;

    afterEach(() => world?.dispose());

    it('inits, plans to a file, shows it as JSON, applies it with events, and reads outputs', async () => {
      world = scratch({ 'main.tf': DATA });
      const runner = testRunner(world.dir);
      const scope = { doing: 'Testing' };
      const events: TfEvent[] = [];

      await runner.init(world.dir, scope);
      await runner.plan(world.dir, { out: 'atlas.tfplan' }, scope);
      const shown = (await runner.show(world.dir, 'atlas.tfplan', scope)) as {
        resource_changes: { address: string }[];
      };
      await runner.apply(world.dir, 'atlas.tfplan', { ...scope, onEvent: (e) => void events.push(e) });
      const outputs = await runner.outputs(world.dir, scope);

      expect(shown.resource_changes.map((c) => c.address)).toEqual(['terraform_data.x']);
      expect(events.map((e) => e.type)).toEqual([
        'planned_change',
        'apply_start',
        'apply_complete',
        'change_summary',
        'outputs',
      ]);
      expect(outputs.greeting?.value).toBe('hello');
      expect(await runner.stateList(world.dir, scope)).toEqual(['terraform_data.x']);
    });

    it('refuses a plan file whose state moved on (stale), with a stale_plan error', async () => {
      world = scratch({ 'main.tf': DATA });
      const runner = testRunner(world.dir);
      const scope = { doing: 'Applying the plan of R-7F3K' };
      await runner.init(world.dir, scope);
      await runner.plan(world.dir, { out: 'first.tfplan' }, scope);
      await runner.plan(world.dir, { out: 'second.tfplan' }, scope);
      await runner.apply(world.dir, 'first.tfplan', scope);

      const attempt = runner.apply(world.dir, 'second.tfplan', scope);

      await expect(attempt).rejects.toMatchObject({
        name: 'TerraformError',
        code: 'stale_plan',
        message: expect.stringMatching(/^Applying the plan of R-7F3K: Saved plan is stale/),
      });
    });

    it('refuses a plan file that is not one, with what Terraform said', async () => {
      world = scratch({ 'main.tf': DATA });
      writeFileSync(join(world.dir, 'broken.tfplan'), 'not a zip');
      const runner = testRunner(world.dir);
      await runner.init(world.dir, { doing: 'Testing' });

      const attempt = runner.apply(world.dir, 'broken.tfplan', { doing: 'Applying' });

      await expect(attempt).rejects.toMatchObject({
        message: expect.stringMatching(/Failed to load "broken.tfplan" as a plan file/),
      });
    });

    it('stops a run when the signal aborts: SIGINT first, and says it was cancelled', async () => {
      world = scratch({ 'main.tf': SLOW });
      const runner = testRunner(world.dir);
      await runner.init(world.dir, { doing: 'Testing' });
      await runner.plan(world.dir, { out: 'slow.tfplan' }, { doing: 'Testing' });
      const controller = new AbortController();
      const started = Date.now();

      const attempt = runner.apply(world.dir, 'slow.tfplan', {
        doing: 'Applying',
        signal: controller.signal,
        onEvent: (event) => {
          if (event.type === 'apply_start') controller.abort();
        },
      });

      await expect(attempt).rejects.toMatchObject({
        code: 'transient',
        message: 'Applying: terraform apply was cancelled.',
      });
      expect(Date.now() - started).toBeLessThan(15_000);
    });

    it('stops a run that outlives its timeout', async () => {
      world = scratch({ 'main.tf': SLOW });
      const runner = testRunner(world.dir, { timeouts: { apply: 1_500 } });
      await runner.init(world.dir, { doing: 'Testing' });
      await runner.plan(world.dir, { out: 'slow.tfplan' }, { doing: 'Testing' });

      const attempt = runner.apply(world.dir, 'slow.tfplan', { doing: 'Applying' });

      await expect(attempt).rejects.toMatchObject({
        message: 'Applying: terraform apply took too long and was stopped.',
      });
    });

    it('says when the terraform binary is missing', async () => {
      world = scratch({ 'main.tf': DATA });
      const runner = testRunner(world.dir, { bin: 'terraform-that-does-not-exist' });

      await expect(runner.init(world.dir, { doing: 'Planning' })).rejects.toMatchObject({
        code: 'config',
        message: expect.stringMatching(/^Planning: Terraform could not be started/),
      });
    });
  },
);
