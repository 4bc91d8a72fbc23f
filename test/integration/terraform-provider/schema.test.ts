import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasTerraform, SKIP_REASON, startTerraformWorld, type TerraformWorld } from './terraform-world.ts';

/** Every argument of the resource that ATLAS generates, as bpg/proxmox names them. */
const REFERENCE = `
resource "proxmox_virtual_environment_vm" "all" {
  node_name   = "pve2"
  vm_id       = 4321
  name        = "app-01.example.com"
  description = "Created by ATLAS for request REQ-1 (app-01)."
  tags        = ["atlas", "atlas-req-1"]
  started     = true
  on_boot     = false

  clone {
    vm_id        = 9000
    node_name    = "pve1"
    full         = true
    datastore_id = "local-lvm"
    retries      = 3
  }
  cpu {
    cores   = 4
    sockets = 1
    type    = "x86-64-v2-AES"
  }
  memory {
    dedicated = 8192
  }
  disk {
    datastore_id = "local-lvm"
    interface    = "scsi0"
    size         = 40
  }
  network_device {
    bridge      = "vmbr0"
    model       = "virtio"
    mac_address = "BC:24:11:AA:BB:CC"
  }
  initialization {
    datastore_id = "local-lvm"
    user_account {
      username = "atlas"
      keys     = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl alice@laptop"]
    }
    ip_config {
      ipv4 {
        address = "10.0.0.5/24"
        gateway = "10.0.0.1"
      }
    }
  }
  agent {
    enabled = true
    timeout = "5m"
  }
}

output "computed" {
  value = [
    proxmox_virtual_environment_vm.all.id,
    proxmox_virtual_environment_vm.all.ipv4_addresses,
    proxmox_virtual_environment_vm.all.ipv6_addresses,
    proxmox_virtual_environment_vm.all.mac_addresses,
    proxmox_virtual_environment_vm.all.network_interface_names,
  ]
}
`;

const BROKEN = `
resource "proxmox_virtual_environment_vm" "unknown_argument" {
  node_name = "pve1"
  flavour   = "large"
  clone {
    vm_id = 9000
  }
}

resource "proxmox_virtual_environment_vm" "wrong_type" {
  node_name = "pve1"
  clone {
    vm_id = 9000
  }
  cpu {
    cores = "many"
  }
}

resource "proxmox_virtual_environment_vm" "missing_node" {
  clone {
    vm_id = 9000
  }
}

resource "proxmox_virtual_environment_vm" "bad_values" {
  node_name = "pve1"
  disk {
    interface = "scsi99"
  }
  initialization {
    ip_config {
      ipv4 {
        address = "10.0.0.300/24"
      }
    }
  }
}
`;

interface Validation {
  valid: boolean;
  diagnostics: { severity: string; summary: string; detail: string }[];
}

describe.skipIf(!hasTerraform)(
  `the provider's schema (${hasTerraform ? 'terraform found' : SKIP_REASON})`,
  () => {
    let world: TerraformWorld;

    beforeAll(async () => {
      world = await startTerraformWorld();
      await world.configure(REFERENCE);
      const init = await world.terraform('init', '-input=false', '-no-color');
      if (init.code !== 0) throw new Error(`terraform init failed: ${init.stderr}${init.stdout}`);
    }, 60_000);

    afterAll(async () => {
      await world?.close();
    });

    it('accepts every argument ATLAS generates', async () => {
      const result = await world.terraform('validate', '-json');

      const validation = JSON.parse(result.stdout) as Validation;
      expect(validation.diagnostics).toEqual([]);
      expect(validation.valid).toBe(true);
    }, 60_000);

    it('rejects unknown arguments, wrong types, missing required ones and values PVE would refuse', async () => {
      await world.configure(BROKEN);

      const result = await world.terraform('validate', '-json');

      const validation = JSON.parse(result.stdout) as Validation;
      expect(validation.valid).toBe(false);
      const found = validation.diagnostics.map((d) => `${d.summary}: ${d.detail}`);
      expect(found).toEqual(
        expect.arrayContaining([
          expect.stringContaining('An argument named "flavour" is not expected here'),
          expect.stringContaining('Inappropriate value for attribute "cores": a number is required'),
          expect.stringContaining('The argument "node_name" is required'),
          expect.stringContaining('"scsi99" is not a disk interface'),
          expect.stringContaining('"10.0.0.300/24" is not dhcp or an IPv4 address'),
          expect.stringContaining('Missing clone block'),
        ]),
      );
    }, 60_000);
  },
);
