import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorsOf,
  hasTerraform,
  SKIP_REASON,
  startTerraformWorld,
  summaryOf,
  type TerraformWorld,
} from './terraform-world.ts';

const VM = `
resource "proxmox_virtual_environment_vm" "db" {
  node_name = "pve1"
  vm_id     = 150
  name      = "db-01"

  clone {
    vm_id = 9001
  }
  disk {
    interface = "scsi0"
    size      = 10
  }
}
`;

describe.skipIf(!hasTerraform)(
  `terraform when Proxmox says no (${hasTerraform ? 'terraform found' : SKIP_REASON})`,
  () => {
    let world: TerraformWorld;

    beforeAll(async () => {
      world = await startTerraformWorld();
      await world.configure(VM);
      const init = await world.terraform('init', '-input=false', '-no-color');
      if (init.code !== 0) throw new Error(`terraform init failed: ${init.stderr}${init.stdout}`);
    }, 60_000);

    afterAll(async () => {
      await world?.close();
    });

    it('fails the apply with what PVE said when the clone task fails, and keeps nothing in the state', async () => {
      world.sim.faults.failTask({
        type: 'qmclone',
        message: "clone failed: storage 'local-lvm' is full (no space left)",
      });

      const apply = await world.terraform('apply', '-json', '-auto-approve');

      expect(apply.code).not.toBe(0);
      const errors = errorsOf(apply);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.summary).toBe('Could not create VM db-01 on pve1');
      expect(errors[0]?.detail).toContain("clone failed: storage 'local-lvm' is full (no space left)");
      expect((await world.terraform('state', 'list')).stdout.trim()).toBe('');
      expect(world.sim.state.vm(150)).toBeUndefined();
    }, 60_000);

    it('plans the VM anew when it vanished from Proxmox behind Terraform', async () => {
      const apply = await world.terraform('apply', '-json', '-auto-approve');
      expect(errorsOf(apply)).toEqual([]);
      world.sim.state.removeVm(150);

      const plan = await world.terraform('plan', '-json');

      expect(errorsOf(plan)).toEqual([]);
      expect(plan.messages.some((m) => m.type === 'resource_drift' && m.change?.action === 'delete')).toBe(
        true,
      );
      expect(summaryOf(plan)).toMatchObject({ add: 1, change: 0, remove: 0 });
    }, 60_000);

    it('refuses to shrink a disk at plan time', async () => {
      await world.terraform('apply', '-json', '-auto-approve');
      await world.configure(VM.replace('size      = 10', 'size      = 5'));

      const plan = await world.terraform('plan', '-json');

      expect(plan.code).not.toBe(0);
      expect(errorsOf(plan)).toEqual([
        { summary: 'Disks cannot shrink', detail: expect.stringContaining('Disk scsi0 is 10 GiB') },
      ]);
    }, 60_000);
  },
);
