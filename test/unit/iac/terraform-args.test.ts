import { describe, expect, it } from 'vitest';
import {
  applyArgs,
  destroyArgs,
  initArgs,
  outputArgs,
  planArgs,
  selectWorkspaceArgs,
  showPlanArgs,
  stateListArgs,
} from '../../../src/iac/terraform-args.ts';

describe('terraform argument arrays', () => {
  it('runs every command non-interactively, without colour, with -json where Terraform has it', () => {
    expect(initArgs()).toEqual(['init', '-input=false', '-no-color', '-json']);
    expect(planArgs({ out: 'atlas.tfplan', lockTimeoutSeconds: 300 })).toEqual([
      'plan',
      '-input=false',
      '-no-color',
      '-json',
      '-lock-timeout=300s',
      '-out=atlas.tfplan',
    ]);
    expect(showPlanArgs('atlas.tfplan')).toEqual(['show', '-json', '-no-color', 'atlas.tfplan']);
    expect(applyArgs('atlas.tfplan', 60)).toEqual([
      'apply',
      '-input=false',
      '-no-color',
      '-json',
      '-lock-timeout=60s',
      'atlas.tfplan',
    ]);
    expect(outputArgs()).toEqual(['output', '-json', '-no-color']);
    expect(stateListArgs()).toEqual(['state', 'list', '-no-color']);
    expect(selectWorkspaceArgs('r-7f3k')).toEqual([
      'workspace',
      'select',
      '-or-create=true',
      '-no-color',
      'r-7f3k',
    ]);
  });

  it('plans a targeted destroy', () => {
    const args = planArgs({
      out: 'atlas.tfplan',
      lockTimeoutSeconds: 0,
      destroy: true,
      targets: ['proxmox_virtual_environment_vm.vm_web_01'],
    });

    expect(args.slice(-2)).toEqual(['-destroy', '-target=proxmox_virtual_environment_vm.vm_web_01']);
  });

  it('destroys a whole workspace without asking', () => {
    expect(destroyArgs(10)).toEqual([
      'destroy',
      '-auto-approve',
      '-input=false',
      '-no-color',
      '-json',
      '-lock-timeout=10s',
    ]);
  });

  it.each([
    ['a plan file that looks like a flag', () => applyArgs('-destroy', 0)],
    ['a plan file outside the workspace', () => showPlanArgs('../other/atlas.tfplan')],
    ['a workspace name with a space', () => selectWorkspaceArgs('r 7f3k')],
    ['a target with an injected flag', () => destroyArgs(0, ['x.y -auto-approve'])],
  ])('refuses %s', (_, build) => {
    expect(build).toThrow(/Refusing to pass/);
  });
});
