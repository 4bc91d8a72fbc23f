import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VM_DEFAULTS,
  parseIpConfig,
  resourceLabel,
  vmNameOf,
  workspaceVars,
} from '../../../src/iac/workspace-model.ts';
import { createAction } from './fixtures.ts';

const OPTIONS = {
  backend: { kind: 'pg' as const, schemaName: 'atlas_terraform' },
  provider: { source: 'bpg/proxmox', version: '0.78.0' },
  defaults: DEFAULT_VM_DEFAULTS,
};

describe('workspaceVars', () => {
  it('maps a planned VM onto the template variables, tags sorted', () => {
    const vars = workspaceVars('R-7F3K', [createAction()], OPTIONS);

    expect(vars.vms).toEqual([
      expect.objectContaining({
        resource: 'vm_web_01',
        name: 'web-01',
        vmId: 101,
        node: 'pve3',
        description: 'Created by ATLAS for request R-7F3K (web-01).',
        tags: ['atlas', 'atlas-r-7f3k', 'web'],
        clone: { vmId: 9000, node: 'pve1', datastore: 'local-lvm', full: true },
        disk: { datastore: 'local-lvm', interface: 'scsi0', sizeGiB: 40 },
        cloudInit: expect.objectContaining({ user: 'atlas', ipv4: { address: 'dhcp' } }),
      }),
    ]);
  });

  it.each([
    ['a name with a quote', { name: 'web"01' }, 'vms.0.name'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: HCL interpolation text, on purpose
    ['a name with ${', { name: '${x}' }, 'vms.0.name'],
    ['a name with a newline', { name: 'web\n01' }, 'vms.0.name'],
    ['a tag with %{', { tags: ['%{x}'] }, 'vms.0.tags.0'],
    ['a tag with a backslash', { tags: ['a\\b'] }, 'vms.0.tags.0'],
    ['a node with a space', { node: 'pve 1' }, 'vms.0.node'],
    ['a storage with a quote', { storage: 'local"' }, 'vms.0.clone.datastore'],
    ['an SSH key with a newline', { sshKeys: ['ssh-ed25519 AAAA x\ny'] }, 'vms.0.cloudInit.sshKeys.0'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: HCL interpolation text, on purpose
    ['an IP config that is not an address', { ipConfig: 'ip=${x}' }, 'vms.0.cloudInit.ipv4.address'],
  ])('refuses %s before any template sees it', (_, overrides, path) => {
    expect(() => workspaceVars('R-7F3K', [createAction(overrides)], OPTIONS)).toThrow(
      new RegExp(`Generating Terraform for R-7F3K: .*${path.replaceAll('.', '\\.')} `),
    );
  });

  it('keeps free text that is escaped later: a description-like SSH key comment with quotes and ${', () => {
    const key =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: HCL interpolation text, on purpose
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl "${x}" %{y} \\';

    const vars = workspaceVars('R-7F3K', [createAction({ sshKeys: [key] })], OPTIONS);

    expect(vars.vms[0]?.cloudInit.sshKeys).toEqual([key]);
  });

  it('writes no VM for a destroy action', () => {
    const vars = workspaceVars(
      'R-7F3K',
      [{ kind: 'destroy-vm', vm: { name: 'web-01', vmid: 101, node: 'pve1' } }],
      OPTIONS,
    );

    expect(vars.vms).toEqual([]);
  });
});

describe('parseIpConfig', () => {
  it('reads dhcp, static addresses and gateways', () => {
    expect(parseIpConfig('ip=dhcp')).toEqual({ address: 'dhcp' });
    expect(parseIpConfig('ip=10.0.0.5/24')).toEqual({ address: '10.0.0.5/24' });
    expect(parseIpConfig('ip=10.0.0.5/24,gw=10.0.0.1')).toEqual({
      address: '10.0.0.5/24',
      gateway: '10.0.0.1',
    });
  });
});

describe('resourceLabel and vmNameOf', () => {
  it('turns a DNS label into an HCL identifier', () => {
    expect(resourceLabel('web-01')).toBe('vm_web_01');
    expect(resourceLabel('1a')).toBe('vm_1a');
  });

  it('turns a resource address back into the VM name', () => {
    expect(vmNameOf(`proxmox_virtual_environment_vm.${resourceLabel('web-01-a')}`)).toBe('web-01-a');
    expect(vmNameOf('terraform_data.vm_x')).toBeUndefined();
  });
});
