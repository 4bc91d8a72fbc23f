import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { VmResult } from '../../../src/domain/request.ts';
import { createRequest, nextRequestId, recorder, request } from '../proxmox/world.ts';
import { type BackendKind, type EngineWorld, sealPlan, startEngineWorld } from './engine-world.ts';
import { hasTerraform, NO_TERRAFORM } from './terraform-world.ts';

async function createWithTerraform(world: EngineWorld, names: string[]) {
  const req = createRequest(names.map((name) => ({ name })));
  const vms = await world.engine.apply(
    sealPlan(world.engine, req, await world.engine.plan(req)),
    recorder().report,
  );
  return { requestId: req.id, vms };
}

/** Plans and applies the destroy of `vm` as request `requestId` (a rollback uses the creating request's id). */
async function destroyAs(world: EngineWorld, requestId: string, vm: VmResult): Promise<string[]> {
  const req = request(requestId, { kind: 'destroy', vm: { name: vm.name, vmid: vm.vmid, node: vm.node } });
  const progress = recorder();
  await world.engine.apply(sealPlan(world.engine, req, await world.engine.plan(req)), progress.report);
  return progress.messages;
}

describe.skipIf(!hasTerraform)(
  `TerraformEngine.forget (${hasTerraform ? 'terraform found' : NO_TERRAFORM})`,
  () => {
    let world: EngineWorld;

    afterEach(async () => {
      expect(world.proxmox.contractViolations()).toEqual([]);
      await world.close();
    });

    it.each<BackendKind>(['pg', 'local'])(
      '%s backend: removes exactly that request’s directory; its VMs are still destroyed through Terraform',
      async (backend) => {
        world = await startEngineWorld(backend);
        const workDir = join(world.dir, 'work');
        const old = await createWithTerraform(world, ['old-01', 'old-02']);
        const other = await createWithTerraform(world, ['new-01']);
        const [destroyed, rolledBack] = old.vms;
        if (!destroyed || !rolledBack) throw new Error('the create made no VMs');

        const forgotten = await world.engine.forget(old.requestId);
        const oldDir = join(workDir, old.requestId.toLowerCase());
        const left = existsSync(oldDir) ? readdirSync(oldDir).sort() : [];
        const byDestroy = await destroyAs(world, nextRequestId(), destroyed);
        const byRollback = await destroyAs(world, old.requestId, rolledBack);

        expect(forgotten).toBe(true);
        expect(left).toEqual(backend === 'pg' ? [] : ['terraform.tfstate']);
        expect(readdirSync(join(workDir, other.requestId.toLowerCase()))).toContain('.terraform');
        expect(byDestroy).toContain('terraform: destroying old-01');
        expect(byRollback).toContain('terraform: destroying old-02');
        expect(world.proxmox.sim.state.vm(destroyed.vmid)).toBeUndefined();
        expect(world.proxmox.sim.state.vm(rolledBack.vmid)).toBeUndefined();
        expect(world.proxmox.sim.state.vm(other.vms[0]?.vmid ?? 0)?.status).toBe('running');
      },
    );
  },
);
