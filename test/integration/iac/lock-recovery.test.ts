import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { pgConnString } from '../../../src/iac/terraform-env.ts';
import { DATABASE_URL } from '../../support/services.ts';
import { hasTerraform, NO_TERRAFORM, scratch, systemEnv, TERRAFORM, testRunner } from './terraform-world.ts';

/**
 * A worker killed in the middle of an apply must not leave a lock that blocks the workspace forever.
 * The pg backend locks with PostgreSQL session advisory locks and the local backend with an OS file
 * lock: both end with the process that held them. These tests kill terraform with SIGKILL mid-apply
 * and then run it again with -lock-timeout=0s.
 */
const SCHEMA = `atlas_test_tf_${randomUUID().replaceAll('-', '')}`;
const CONN = pgConnString(DATABASE_URL);

function config(backend: string): string {
  return `terraform {
  ${backend}
}

resource "terraform_data" "slow" {
  provisioner "local-exec" {
    command = "exec sleep 3"
  }
}
`;
}

const PG = `backend "pg" {
    schema_name = "${SCHEMA}"
  }`;

/** Starts `terraform apply -auto-approve`; resolves once it is creating, with a way to SIGKILL it. */
async function applyInFlight(
  dir: string,
  env: Record<string, string>,
): Promise<{ kill: () => Promise<void> }> {
  const child = spawn(TERRAFORM, ['apply', '-auto-approve', '-input=false', '-json'], { cwd: dir, env });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for await (const line of createInterface({ input: child.stdout })) {
    if (line.includes('"type":"apply_start"')) break;
  }
  return {
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

describe.skipIf(!hasTerraform)(
  `Terraform state locks after a killed worker (${hasTerraform ? 'found' : NO_TERRAFORM})`,
  () => {
    let world: ReturnType<typeof scratch>;

    afterEach(() => world?.dispose());

    afterAll(async () => {
      if (!hasTerraform) return;
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
      await client.end();
    });

    it('pg backend: the advisory lock dies with the killed process', async () => {
      world = scratch({ 'main.tf': config(PG) });
      const env = { ...systemEnv(world.dir), PG_CONN_STR: CONN };
      const runner = testRunner(world.dir, { env });
      const scope = { doing: 'Testing' };
      await runner.init(world.dir, scope);
      await runner.selectWorkspace(world.dir, 'r-kill', scope);
      const apply = await applyInFlight(world.dir, { ...env, TF_WORKSPACE: 'r-kill' });
      const whileHeld = runner
        .plan(world.dir, { out: 'during.tfplan' }, scope)
        .catch((error: unknown) => error);
      await expect(whileHeld).resolves.toMatchObject({
        code: 'transient',
        message: /Error acquiring the state lock/,
      });
      await apply.kill();

      const next = runner.plan(world.dir, { out: 'after.tfplan' }, scope);

      await expect(next).resolves.toBeDefined();
    });

    // The pg backend briefly holds a schema-wide lock while a workspace's state row is first written; a clash is
    // `transient`, and the apply job retries by itself. Both must land, each at most a few short retries late.
    it('pg backend: workspaces of one schema both apply when run at the same time', async () => {
      world = scratch({ 'main.tf': config(PG) });
      const env = { ...systemEnv(world.dir), PG_CONN_STR: CONN };
      const scope = { doing: 'Testing' };
      const runner = testRunner(world.dir, { env });
      await runner.init(world.dir, scope);
      for (const ws of ['r-aaaa', 'r-bbbb']) {
        await runner.selectWorkspace(world.dir, ws, scope);
        await testRunner(world.dir, { env: { ...env, TF_WORKSPACE: ws } }).plan(
          world.dir,
          { out: `${ws}.tfplan` },
          scope,
        );
      }

      const applyAsAJobWould = async (ws: string) => {
        for (let attempt = 1; ; attempt += 1) {
          try {
            return await testRunner(world.dir, { env: { ...env, TF_WORKSPACE: ws } }).apply(
              world.dir,
              `${ws}.tfplan`,
              scope,
            );
          } catch (error) {
            if (attempt >= 4 || (error as { code?: string }).code !== 'transient') throw error;
            await new Promise((resolve) => setTimeout(resolve, 300 * attempt));
          }
        }
      };
      const both = Promise.all(['r-aaaa', 'r-bbbb'].map(applyAsAJobWould));

      await expect(both).resolves.toHaveLength(2);
    });

    it('local backend: the file lock dies with the killed process', async () => {
      world = scratch({ 'main.tf': config('backend "local" {\n    path = "terraform.tfstate"\n  }') });
      const runner = testRunner(world.dir);
      await runner.init(world.dir, { doing: 'Testing' });
      await (await applyInFlight(world.dir, systemEnv(world.dir))).kill();

      const next = runner.plan(world.dir, { out: 'after.tfplan' }, { doing: 'Testing' });

      await expect(next).resolves.toBeDefined();
    });
  },
);
