import { describe, expect, it } from 'vitest';
import { planRequest } from '../../../src/core/plan-request.ts';
import type { Language } from '../../../src/domain/language.ts';
import type { Request } from '../../../src/domain/request.ts';
import { type PlanChange, summarizeChanges, summaryLines } from '../../../src/iac/plan-summary.ts';
import type { PlanDraft } from '../../../src/ports/engine.ts';
import { alice, coreWorld, ScriptedEngine, thread } from '../../support/core-world.ts';

const CHANGES: PlanChange[] = [
  {
    address: 'proxmox_virtual_environment_vm.web_01',
    actions: ['create'],
    name: 'web-01',
    vmId: 100,
    node: 'pve1',
  },
];

/** Plans like the Terraform engine: its summary, and the lines it came from. */
class SummarisingEngine extends ScriptedEngine {
  override async plan(request: Request): Promise<PlanDraft> {
    const draft = await super.plan(request);
    return { ...draft, summary: summarizeChanges(CHANGES), summaryLines: summaryLines(CHANGES) };
  }
}

async function summaryFor(language: Language | undefined): Promise<string | undefined> {
  const world = coreWorld();
  const deps = { ...world.deps, engine: new SummarisingEngine() };
  const request = await deps.requests.create({
    operation: {
      kind: 'create',
      vms: [
        {
          name: 'web-01',
          cores: 2,
          memoryMiB: 2048,
          diskGiB: 20,
          template: 'debian-12',
          sshKeys: [],
          tags: [],
        },
      ],
    },
    requester: alice,
    thread,
    ...(language ? { language } : {}),
  });

  await planRequest(deps, request.id);

  const planned = await deps.requests.get(request.id);
  return (await deps.requests.getPlan(planned?.planId ?? ''))?.summary;
}

describe('the Terraform summary on the plan card', () => {
  it("is in the request's language", async () => {
    expect(await summaryFor('it')).toBe(
      '+ crea web-01 (vmid 100 su pve1)\nTerraform: 1 da aggiungere, 0 da modificare, 0 da eliminare.',
    );
  });

  it('stays as Terraform summarised it for an English request', async () => {
    expect(await summaryFor(undefined)).toBe(summarizeChanges(CHANGES));
    expect(summarizeChanges(CHANGES)).toBe(
      '+ create web-01 (vmid 100 on pve1)\nTerraform: 1 to add, 0 to change, 0 to destroy.',
    );
  });
});
