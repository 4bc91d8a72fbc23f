// PUT /nodes/{node}/qemu/{vmid}/resize → UPID (resize). `size` is absolute (`40G`) or a growth (`+10G`);
// shrinking ends the task with PVE's error.
import type { Handler } from '../context.ts';
import { diskBytes, formatSize, parseSize, withDiskBytes } from '../disks.ts';
import { SimError } from '../sim-error.ts';
import { checkUnlocked, vmOnNode } from './common.ts';

const GiB = 1024 ** 3;

function targetBytes(current: number, size: string): number {
  const grow = size.startsWith('+');
  const bytes = parseSize(grow ? size.slice(1) : size);
  if (bytes === undefined) throw new SimError(500, `invalid size '${size}'`);
  return grow ? current + bytes : bytes;
}

export const resizeVm: Handler = (ctx, call) => {
  const vm = vmOnNode(ctx, call.params.node ?? '', call.params.vmid);
  const { disk = '', size = '' } = call.params;
  const task = ctx.tasks.start({
    node: vm.node,
    type: 'resize',
    id: vm.vmid,
    user: call.user,
    run: async (control) => {
      await control.lock(vm.vmid);
      checkUnlocked(vm, call.params.skiplock);
      const value = vm.config[disk];
      if (value === undefined) throw new SimError(500, `disk '${disk}' does not exist`);
      const current = diskBytes(value);
      const next = targetBytes(current, size);
      if (next < current) throw new SimError(500, 'shrinking disks is not supported');
      await control.work();
      const volume = String(value).split(',')[0]?.split(/[:/]/).pop();
      control.log(
        `  Size of logical volume pve/${volume} changed from ${(current / GiB).toFixed(2)} GiB to ${(next / GiB).toFixed(2)} GiB.`,
      );
      vm.config[disk] = withDiskBytes(String(value), next);
      control.log(`  Logical volume pve/${volume} successfully resized to ${formatSize(next)}.`);
    },
  });
  return task.upid;
};
