import { afterEach, describe, expect, it } from 'vitest';
import type { VmResult } from '../../../src/domain/request.ts';
import { createRequest, nextRequestId, planFor, recorder, request } from '../proxmox/world.ts';
import { type BackendKind, type EngineWorld, sealPlan, startEngineWorld } from './engine-world.ts';
import { hasTerraform, NO_TERRAFORM } from './terraform-world.ts';

async function createWithTerraform(
  world: EngineWorld,
  names: string[],
): Promise<{ requestId: string; vms: VmResult[] }> {
  const req = createRequest(names.map((name) => ({ name })));
  const vms = await world.engine.apply(
    sealPlan(world.engine, req, await world.engine.plan(req)),
    recorder().report,
  );
  return { requestId: req.id, vms };
}

function destroyRequest(vm: VmResult) {
  return request(nextRequestId(), { kind: 'destroy', vm: { name: vm.name, vmid: vm.vmid, node: vm.node } });
}

describe.skipIf(!hasTerraform)(
  `TerraformEngine destroy (${hasTerraform ? 'terraform found' : NO_TERRAFORM})`,
  () => {
    let world: EngineWorld;

    afterEach(async () => {
      expect(world.proxmox.contractViolations()).toEqual([]);
      await world.close();
    });

    it.each<BackendKind>(['pg', 'local'])(
      '%s backend: destroys one VM of a workspace through its Terraform state, and a retry finds it gone',
      async (backend) => {
        world = await startEngineWorld(backend);
        const [web, keep] = (await createWithTerraform(world, ['web-01', 'web-02'])).vms;
        if (!web || !keep) throw new Error('the create made no VMs');
        const req = destroyRequest(web);
        const draft = await world.engine.plan(req);
        const plan = sealPlan(world.engine, req, draft);
        const progress = recorder();

        await world.engine.apply(plan, progress.report);
        const retry = recorder();
        await world.engine.apply(plan, retry.report);

        expect(draft.artifactSha256).toMatch(/^[0-9a-f]{64}$/);
        expect(draft.summary).toBe(
          `- delete web-01 (vmid ${web.vmid} on ${web.node})\nTerraform: 0 to add, 0 to change, 1 to destroy.`,
        );
        expect(world.proxmox.sim.state.vm(web.vmid)).toBeUndefined();
        expect(world.proxmox.sim.state.vm(keep.vmid)?.status).toBe('running');
        expect(progress.messages).toContain('terraform: destroying web-01');
        expect(retry.messages).toEqual([`web-01 (vmid ${web.vmid}) is already gone`]);
      },
    );

    it('destroys everything a request made when its create is rolled back', async () => {
      world = await startEngineWorld('pg');
      const { requestId, vms: made } = await createWithTerraform(world, ['tmp-01', 'tmp-02']);
      const progress = recorder();

      await world.engine.destroyWorkspace(requestId, progress.report);
      await world.engine.destroyWorkspace(requestId, recorder().report);

      expect(made.map((vm) => world.proxmox.sim.state.vm(vm.vmid))).toEqual([undefined, undefined]);
      expect(progress.messages).toContain('terraform: destroying tmp-01');
    });

    it('destroys a VM that no Terraform state holds through the Proxmox API', async () => {
      world = await startEngineWorld('pg');
      const made = createRequest([{ name: 'legacy-01' }]);
      const [vm] = await world.proxmox.engine.apply(
        await planFor(world.proxmox.engine, made),
        recorder().report,
      );
      if (!vm) throw new Error('the API engine made no VM');
      const req = destroyRequest(vm);
      const draft = await world.engine.plan(req);

      await world.engine.apply(sealPlan(world.engine, req, draft), recorder().report);

      expect(draft.artifactSha256).toBeUndefined();
      expect(world.proxmox.sim.state.vm(vm.vmid)).toBeUndefined();
    });
  },
);
