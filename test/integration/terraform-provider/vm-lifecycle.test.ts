import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorsOf,
  hasTerraform,
  SKIP_REASON,
  startTerraformWorld,
  summaryOf,
  type TerraformWorld,
} from './terraform-world.ts';

const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl alice@laptop';

function webVm(cores: number, node = 'pve1'): string {
  return `
resource "proxmox_virtual_environment_vm" "web" {
  node_name = "${node}"
  vm_id     = 140
  name      = "web-01"
  tags      = ["atlas", "web"]

  clone {
    vm_id        = 9000
    datastore_id = "local-lvm"
  }
  cpu {
    cores = ${cores}
  }
  memory {
    dedicated = 4096
  }
  disk {
    datastore_id = "local-lvm"
    interface    = "scsi0"
    size         = 40
  }
  network_device {
    bridge = "vmbr0"
  }
  initialization {
    user_account {
      username = "atlas"
      keys     = ["${KEY}\\n"]
    }
    ip_config {
      ipv4 {
        address = "dhcp"
      }
    }
  }
  agent {
    enabled = true
    timeout = "20s"
  }
}

output "ipv4" {
  value = proxmox_virtual_environment_vm.web.ipv4_addresses
}
`;
}

describe.skipIf(!hasTerraform)(
  `terraform with the bpg/proxmox stand-in (${hasTerraform ? 'terraform found' : SKIP_REASON})`,
  () => {
    let world: TerraformWorld;

    beforeAll(async () => {
      world = await startTerraformWorld();
      await world.configure(webVm(4));
    });

    afterAll(async () => {
      await world?.close();
    });

    it('installs the provider from the filesystem mirror', async () => {
      const init = await world.terraform('init', '-input=false', '-no-color');

      expect(init.stderr).toBe('');
      expect(init.code).toBe(0);
      expect(init.stdout).toContain('Installing bpg/proxmox v0.78.0');
    }, 60_000);

    it('plans one VM to add, then applies the saved plan: the VM runs with the planned size and an IP', async () => {
      const plan = await world.terraform('plan', '-json', '-out=tfplan');

      const apply = await world.terraform('apply', '-json', '-auto-approve', 'tfplan');

      expect(errorsOf(plan)).toEqual([]);
      expect(summaryOf(plan)).toMatchObject({ add: 1, change: 0, remove: 0 });
      expect(errorsOf(apply)).toEqual([]);
      expect(apply.code).toBe(0);
      const vm = world.sim.state.vm(140);
      expect(vm?.status).toBe('running');
      expect(vm?.config).toMatchObject({
        name: 'web-01',
        cores: 4,
        memory: '4096',
        ciuser: 'atlas',
        tags: 'atlas;web',
      });
      expect(String(vm?.config.scsi0)).toContain('size=40G');
      const outputs = JSON.parse((await world.terraform('output', '-json')).stdout) as {
        ipv4: { value: string[][] };
      };
      expect(outputs.ipv4.value[1]).toEqual([vm?.ip]);
    }, 60_000);

    it('finds nothing to change on the next plan: the state survives a refresh', async () => {
      const plan = await world.terraform('plan', '-json', '-detailed-exitcode');

      expect(errorsOf(plan)).toEqual([]);
      expect(plan.code).toBe(0);
    }, 60_000);

    it('changes the cores in place, keeping the VM', async () => {
      await world.configure(webVm(6));

      const apply = await world.terraform('apply', '-json', '-auto-approve');

      expect(errorsOf(apply)).toEqual([]);
      expect(summaryOf(apply)).toMatchObject({ add: 0, change: 1, remove: 0 });
      const vm = world.sim.state.vm(140);
      expect(vm?.config.cores).toBe(6);
      expect(vm?.status).toBe('running');
    }, 60_000);

    it('replaces the VM when it moves to another node (cloned beside the template, then migrated)', async () => {
      await world.configure(webVm(6, 'pve2'));

      const apply = await world.terraform('apply', '-json', '-auto-approve');

      expect(errorsOf(apply)).toEqual([]);
      expect(summaryOf(apply)).toMatchObject({ add: 1, change: 0, remove: 1 });
      expect(world.sim.state.vm(140)).toMatchObject({ node: 'pve2', status: 'running' });
    }, 60_000);

    it('imports an existing VM by node/vmid without replacing it', async () => {
      await world.terraform('state', 'rm', 'proxmox_virtual_environment_vm.web');

      const imported = await world.terraform(
        'import',
        '-no-color',
        'proxmox_virtual_environment_vm.web',
        'pve2/140',
      );
      const plan = await world.terraform('plan', '-json');

      expect(imported.code).toBe(0);
      expect(errorsOf(plan)).toEqual([]);
      expect(summaryOf(plan)).toMatchObject({ add: 0, remove: 0 });
    }, 60_000);

    it('destroys the VM', async () => {
      const destroy = await world.terraform('destroy', '-json', '-auto-approve');

      expect(errorsOf(destroy)).toEqual([]);
      expect(destroy.code).toBe(0);
      expect(world.sim.state.vm(140)).toBeUndefined();
      expect(world.sim.state.vm(9000)).toBeDefined();
    }, 60_000);

    it('sent Proxmox only requests that the PVE API contract allows', () => {
      expect(world.contractViolations()).toEqual([]);
    });
  },
);
