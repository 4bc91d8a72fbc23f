import { describe, expect, it } from 'vitest';
import { applyRequest } from '../../../src/core/apply-request.ts';
import { ConfiguringEngine } from '../../../src/core/configure/configuring-engine.ts';
import { runLifecycleJob } from '../../../src/core/configure/lifecycle-job.ts';
import { failRequest } from '../../../src/core/fail-request.ts';
import { handleAction } from '../../../src/core/handle-action.ts';
import { handleMessage } from '../../../src/core/handle-message.ts';
import { planRequest } from '../../../src/core/plan-request.ts';
import { failureView } from '../../../src/core/views/outcome.ts';
import { AtlasError } from '../../../src/domain/errors.ts';
import type { Policy } from '../../../src/domain/policy.ts';
import { encodeButton } from '../../../src/domain/thread-view.ts';
import { alice, bob, coreWorld, mallory, ScriptedEngine } from '../../support/core-world.ts';
import { ATLAS_KEY, FakeConfigurator } from './fake-configurator.ts';

function configureWorld(policy: Partial<Policy> = {}) {
  const world = coreWorld(policy);
  const scripted = new ScriptedEngine();
  const configurator = new FakeConfigurator();
  const deps = { ...world.deps, engine: new ConfiguringEngine(scripted, configurator), configurator };
  return { ...world, deps, scripted, configurator };
}

async function approved(world: ReturnType<typeof configureWorld>, command: string) {
  const replies = await handleMessage(world.deps, world.say(alice, command));
  const id = /R-[0-9A-Z]{4}/.exec(replies[0]?.title ?? '')?.[0] ?? '';
  await planRequest(world.deps, id);
  const planned = await world.deps.requests.get(id);
  await handleMessage(world.deps, world.say(bob, `approve ${id}`));
  if (!planned?.planHash) throw new Error(`no plan: ${planned?.reason}`);
  return { id, hash: planned.planHash };
}

const fail = (text: string) => text;

describe('the configure step of an apply', () => {
  it('plans the roles and ATLAS key into the approved plan', async () => {
    const world = configureWorld();

    const { id } = await approved(world, '/atlas vm create web-01 --with web,docker');

    const request = await world.deps.requests.get(id);
    const plan = await world.deps.requests.getPlan(request?.planId ?? '');
    const vm = plan?.actions[0]?.kind === 'create-vm' ? plan.actions[0].vm : undefined;
    expect(vm?.roles).toEqual(['nginx', 'docker']);
    expect(vm?.sshKeys).toEqual([ATLAS_KEY]);
  });

  it('leaves a create without roles exactly as the engine plans it', async () => {
    const world = configureWorld();

    const { id } = await approved(world, '/atlas vm create web-01');

    const request = await world.deps.requests.get(id);
    const plan = await world.deps.requests.getPlan(request?.planId ?? '');
    expect(plan?.actions[0]).not.toHaveProperty('vm.roles');
    expect(plan?.actions[0]).toHaveProperty('vm.sshKeys', []);
  });

  it('goes applying → configuring → succeeded and runs the roles on the created VMs', async () => {
    const world = configureWorld();
    const { id, hash } = await approved(world, '/atlas vm create web-01 --with nginx');

    await applyRequest(world.deps, id, hash);

    const states = world.deps.events.published.filter((e) => e.type === 'state').map((e) => e.state);
    expect(states.slice(-3)).toEqual(['applying', 'configuring', 'succeeded']);
    expect(world.configurator.runs[0]?.vms).toEqual([
      { name: 'web-01', vmid: 100, node: 'pve1', ip: '10.0.0.1' },
    ]);
    expect(world.deps.events.published.map((e) => e.message)).toContain(
      'web-01: nginx : Install nginx · changed',
    );
  });

  it('runs the roles again when a retried job finds the request configuring', async () => {
    const world = configureWorld();
    const { id, hash } = await approved(world, '/atlas vm create web-01 --with nginx');
    world.configurator.failWith = new AtlasError('transient', 'SSH went away');
    await expect(applyRequest(world.deps, id, hash)).rejects.toThrow('SSH went away');
    world.configurator.failWith = undefined;

    await applyRequest(world.deps, id, hash);

    expect((await world.deps.requests.get(id))?.state).toBe('succeeded');
    expect(world.scripted.applied).toHaveLength(1);
    expect(world.configurator.runs).toHaveLength(2);
  });

  it('refuses roles at plan time when no configurator is there', async () => {
    const world = coreWorld();
    const deps = { ...world.deps, engine: new ConfiguringEngine(new ScriptedEngine(), undefined) };
    const replies = await handleMessage(deps, world.say(alice, '/atlas vm create web-01 --with nginx'));
    const id = /R-[0-9A-Z]{4}/.exec(replies[0]?.title ?? '')?.[0] ?? '';

    await expect(planRequest(deps, id)).rejects.toThrow(/cannot configure VMs/);
  });
});

describe('a failed create', () => {
  async function failedConfigure(policy: Partial<Policy> = {}) {
    const world = configureWorld(policy);
    const { id, hash } = await approved(world, '/atlas vm create web-01 --with nginx');
    const error = new AtlasError(
      'configure',
      'Configuring: the task "nginx : Install nginx" failed on web-01: no',
    );
    world.configurator.failWith = error;
    await applyRequest(world.deps, id, hash).catch(() => undefined);
    await failRequest(world.deps, id, error, fail);
    return { world, id };
  }

  it('names the task and VM, keeps the VM, and offers a rollback by default', async () => {
    const { world, id } = await failedConfigure();

    const request = await world.deps.requests.get(id);
    const view = failureView(request!, world.deps.audit.entries);
    expect(request?.state).toBe('failed');
    expect(request?.result).toEqual([{ name: 'web-01', vmid: 100, node: 'pve1', ip: '10.0.0.1' }]);
    expect(view.text).toContain('"nginx : Install nginx" failed on web-01');
    expect(view.context?.[0]).toContain('web-01 (10.0.0.1) is kept');
    expect(view.buttons?.[0]).toMatchObject({
      label: 'Roll back',
      value: { action: 'rollback', requestId: id },
    });
    expect(world.deps.queue.jobs.some((j) => j.kind === 'lifecycle')).toBe(false);
  });

  it('rolls back at once when configured to, and keeps the VM when configured to keep', async () => {
    const rolling = await failedConfigure({ onFailure: 'rollback' });
    const keeping = await failedConfigure({ onFailure: 'keep' });

    expect(rolling.world.deps.queue.jobs.filter((j) => j.kind === 'lifecycle')).toHaveLength(1);
    expect(keeping.world.deps.queue.jobs.filter((j) => j.kind === 'lifecycle')).toHaveLength(0);
    const kept = failureView(
      (await keeping.world.deps.requests.get(keeping.id))!,
      keeping.world.deps.audit.entries,
    );
    expect(kept.buttons).toBeUndefined();
  });

  it('is rolled back by the button: the worker destroys what it made and the request ends rolled_back', async () => {
    const { world, id } = await failedConfigure();
    world.deps.inventory.vmList.push({
      name: 'web-01',
      vmid: 100,
      node: 'pve1',
      status: 'running',
      tags: [],
    });
    const request = await world.deps.requests.get(id);
    const value = encodeButton({
      action: 'rollback',
      requestId: id,
      planHash: request!.planHash!.slice(0, 12),
    });

    const refused = await handleAction(world.deps, {
      eventId: 'x1',
      thread: request!.thread,
      user: mallory,
      value,
    });
    const replies = await handleAction(world.deps, {
      eventId: 'x2',
      thread: request!.thread,
      user: alice,
      value,
    });
    await runLifecycleJob(world.deps, id);

    expect(refused[0]?.title).toBe(`Only alice or an approver can roll back ${id}.`);
    expect(replies[0]?.title).toBe(`Rolling back ${id}`);
    expect(world.scripted.applied.at(-1)?.actions).toEqual([
      { kind: 'destroy-vm', vm: { name: 'web-01', vmid: 100, node: 'pve1' } },
    ]);
    const done = await world.deps.requests.get(id);
    expect(done?.state).toBe('rolled_back');
    expect(failureView(done!, world.deps.audit.entries)).toMatchObject({
      title: `${id} rolled back`,
      fields: [{ label: 'Rolled back', value: 'removed web-01 (vmid 100)' }],
    });
  });

  it('leaves alone a VM that now has another VMID than the one planned', async () => {
    const { world, id } = await failedConfigure();
    world.deps.inventory.vmList.push({
      name: 'web-01',
      vmid: 555,
      node: 'pve1',
      status: 'running',
      tags: [],
    });

    await runLifecycleJob(world.deps, id);

    expect(world.scripted.applied.at(-1)?.actions[0]?.kind).toBe('create-vm');
    expect((await world.deps.requests.get(id))?.state).toBe('rolled_back');
  });
});
