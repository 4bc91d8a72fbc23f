import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { installProviderMirror } from '../../../src/sim/terraform-provider/index.ts';
import { hasTerraform, NO_TERRAFORM, scratch, systemEnv, TERRAFORM } from './terraform-world.ts';

const GOLDEN = join(import.meta.dirname, '../../golden/iac');

describe.skipIf(!hasTerraform)(
  `generated HCL against the provider's schema (${hasTerraform ? 'found' : NO_TERRAFORM})`,
  () => {
    let world: ReturnType<typeof scratch>;

    afterEach(() => world?.dispose());

    it.each(['create-pg', 'destroy-local'])('%s passes terraform validate', async (name) => {
      world = scratch();
      const dir = join(world.dir, 'workspace');
      cpSync(join(GOLDEN, name), dir, { recursive: true });
      const mirror = await installProviderMirror(join(world.dir, 'mirror'));
      const env = { ...systemEnv(world.dir), TF_CLI_CONFIG_FILE: mirror.cliConfigFile };
      const run = (...args: string[]) => spawnSync(TERRAFORM, args, { cwd: dir, env, encoding: 'utf8' });

      const init = run('init', '-backend=false', '-input=false', '-no-color');
      const validate = run('validate', '-json', '-no-color');

      expect(init.status, init.stderr).toBe(0);
      expect(JSON.parse(validate.stdout)).toMatchObject({ valid: true, error_count: 0, warning_count: 0 });
    });
  },
);
