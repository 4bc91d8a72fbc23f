import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hclValue } from '../../../src/iac/hcl-escape.ts';
import { hasTerraform, NO_TERRAFORM, scratch, TERRAFORM, testRunner } from './terraform-world.ts';

/** Text that would break out of a string or run an interpolation if it were not escaped. */
const NASTY = [
  'plain',
  'say "hi"',
  'back\\slash and \\" both',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: HCL interpolation text, on purpose
  '${file("/etc/passwd")}',
  '$${already doubled} and $$ and a trailing $',
  '%{ if true }directive%{ endif }',
  '%%{x} and 100%',
  'line one\nline two\r\n\ttabbed',
  'bell \u0007 nul \u0000 del \u007f',
  'unicode: café ☕ \u2028 separator',
  '"\n  started = false\n  x = "',
];

describe.skipIf(!hasTerraform)(
  `HCL escaping checked by the real terraform (${hasTerraform ? 'found' : NO_TERRAFORM})`,
  () => {
    let world: ReturnType<typeof scratch>;

    afterEach(() => world?.dispose());

    it('reads every escaped string back exactly as it was given', async () => {
      world = scratch({ 'main.tf': `output "texts" {\n  value = ${hclValue(NASTY)}\n}\n` });
      const runner = testRunner(world.dir);
      const scope = { doing: 'Testing' };
      await runner.init(world.dir, scope);
      await runner.plan(world.dir, { out: 'roundtrip.tfplan' }, scope);
      await runner.apply(world.dir, 'roundtrip.tfplan', scope);

      const outputs = await runner.outputs(world.dir, scope);

      expect(outputs.texts?.value).toEqual(NASTY);
    });
  },
);

describe.skipIf(!hasTerraform)(
  `golden HCL is terraform fmt clean (${hasTerraform ? 'found' : NO_TERRAFORM})`,
  () => {
    it('passes terraform fmt -check', () => {
      const golden = join(import.meta.dirname, '../../golden/iac');

      const result = spawnSync(TERRAFORM, ['fmt', '-check', '-recursive', '-diff', '-no-color', golden], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', TF_CLI_CONFIG_FILE: '/dev/null' },
      });

      expect(result.stdout + result.stderr).toBe('');
      expect(result.status).toBe(0);
    });
  },
);
