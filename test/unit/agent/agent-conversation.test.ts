import { describe, expect, it } from 'vitest';
import { planRequest } from '../../../src/core/plan-request.ts';
import { alice, mallory, thread } from '../../support/core-world.ts';
import { call, freeTextWorld } from './free-text-world.ts';

const twoBoxes = (template: string, extra: Record<string, unknown> = {}) => ({
  vms: [
    { name: 'payments-lt-01', cores: 4, template, ...extra },
    { name: 'payments-lt-02', cores: 4, template, ...extra },
  ],
  roles: ['nginx'],
});

const requestIdOf = (title: string | undefined) => /^(R-[0-9A-Z]{4,8}):/.exec(title ?? '')?.[1] ?? '';

describe('the agent turns free text into a checked request', () => {
  it('sends a rejected proposal back with the findings and starts the revised one', async () => {
    const world = freeTextWorld();
    world.model.script(
      call('list_templates', {}),
      call('propose_request', twoBoxes('debian-13')),
      call('propose_request', twoBoxes('debian-12')),
    );

    const views = await world.say(
      alice,
      '@atlas I need two debian boxes for the payments load test, 4 cores each, with nginx',
    );

    expect(views.map((v) => v.title)).toEqual([
      'Proposal: 2 VMs',
      expect.stringMatching(/^R-\w+: create payments-lt-01, payments-lt-02$/),
    ]);
    expect(views[0]?.fields).toContainEqual({ label: 'Configure', value: 'nginx' });
    const [request] = await world.deps.requests.listByThread(thread);
    expect(request?.operation).toMatchObject({
      kind: 'create',
      vms: [
        {
          name: 'payments-lt-01',
          cores: 4,
          memoryMiB: 2048,
          diskGiB: 20,
          template: 'debian-12',
          roles: ['nginx'],
        },
        {
          name: 'payments-lt-02',
          cores: 4,
          memoryMiB: 2048,
          diskGiB: 20,
          template: 'debian-12',
          roles: ['nginx'],
        },
      ],
    });
    expect(world.deps.queue.jobs).toEqual([
      expect.objectContaining({ kind: 'plan', data: { requestId: request?.id } }),
    ]);
    const findings = world.model.requests[2]?.messages.at(-1);
    expect(findings).toMatchObject({
      role: 'tool',
      content: expect.stringContaining('There is no template \\"debian-13\\"'),
    });
  });

  it('accounts for the turn: model, tokens and latency in the audit log, the metrics and the team budget', async () => {
    const world = freeTextWorld();
    world.model.script(call('propose_request', { vms: [{ name: 'web-01' }] }));

    const views = await world.say(alice, 'a small vm called web-01 please');

    const entry = world.deps.audit.entries.find((e) => e.action === 'agent.turn');
    expect(entry).toMatchObject({ actor: 'atlas', requestId: requestIdOf(views[1]?.title) });
    expect(entry?.detail).toBe(
      'model scripted-model · 1 call(s) · 100 prompt + 10 completion tokens · 7 ms · proposed ' +
        requestIdOf(views[1]?.title),
    );
    expect(world.meter).toEqual([
      { model: 'scripted-model', outcome: 'ok', promptTokens: 100, completionTokens: 10, latencyMs: 7 },
    ]);
    expect([...world.free.tokens.totals.values()]).toEqual([110]);
  });

  it('asks a clarifying question and reads the answer with the question in mind', async () => {
    const world = freeTextWorld();
    world.model.script(call('ask_user', { question: 'How many VMs do you need, and which template?' }));
    const asked = await world.say(alice, 'I need some boxes for the load test');
    world.model.script(
      call('propose_request', {
        vms: [
          { name: 'lt-01', template: 'debian-12' },
          { name: 'lt-02', template: 'debian-12' },
          { name: 'lt-03', template: 'debian-12' },
        ],
      }),
    );

    const answered = await world.say(alice, 'three, debian');

    expect(asked).toEqual([
      expect.objectContaining({
        title: 'Before I plan this:',
        text: 'How many VMs do you need, and which template?',
      }),
    ]);
    const seen = world.model.requests[1]?.messages ?? [];
    expect(seen.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'tool', 'user']);
    expect(seen.at(-1)).toEqual({ role: 'user', content: 'three, debian' });
    expect(answered[1]?.title).toMatch(/create lt-01, lt-02, lt-03$/);
  });

  it('revises a pending request in place: same id, old plan void, planned again as revision 1', async () => {
    const world = freeTextWorld();
    world.model.script(call('propose_request', twoBoxes('debian-12')));
    const id = requestIdOf((await world.say(alice, 'two debian boxes, 4 cores, nginx'))[1]?.title);
    await planRequest(world.deps, id);
    const oldHash = (await world.deps.requests.get(id))?.planHash ?? '';
    world.model.script(call('propose_request', { ...twoBoxes('debian-12', { memory_gib: 8 }), revises: id }));

    const views = await world.say(alice, 'make it 8 GB instead');

    expect(world.model.requests[1]?.messages[0]?.content).toContain(
      `- ${id}, awaiting approval: payments-lt-01 (4 cores, 2 GiB`,
    );
    expect(views.map((v) => v.title)).toContain(
      `${id} is revised (revision 1): its old plan no longer counts, and the new one follows for approval.`,
    );
    const revised = await world.deps.requests.get(id);
    expect(revised).toMatchObject({ state: 'planning', revision: 1 });
    expect(revised).not.toHaveProperty('planHash');
    expect(revised?.operation).toMatchObject({ vms: [{ memoryMiB: 8192 }, { memoryMiB: 8192 }] });
    expect(await world.deps.audit.list({ requestId: id })).toContainEqual(
      expect.objectContaining({
        action: 'request.revised',
        actor: 'console:alice',
        planHash: oldHash,
        detail: `revision 1: create payments-lt-01, payments-lt-02; plan ${oldHash.slice(0, 12)} voided`,
      }),
    );
    expect(world.deps.queue.jobs.map((j) => j.jobId)).toEqual([`plan.${id}`, `plan.${id}.r1`]);
    expect(world.deps.events.published.map((e) => e.type)).toContain('revised');

    await planRequest(world.deps, id, 0);
    expect((await world.deps.requests.get(id))?.state).toBe('planning');
    await planRequest(world.deps, id, 1);
    const replanned = await world.deps.requests.get(id);
    expect(replanned?.state).toBe('awaiting_approval');
    expect(replanned?.planHash).not.toBe(oldHash);
  });

  it('refuses to revise a request that was approved in the meantime', async () => {
    const world = freeTextWorld();
    world.model.script(call('propose_request', twoBoxes('debian-12')));
    const id = requestIdOf((await world.say(alice, 'two debian boxes'))[1]?.title);
    await world.deps.requests.transition(id, ['received'], 'approved');
    world.model.script(call('propose_request', { ...twoBoxes('debian-12', { memory_gib: 4 }), revises: id }));

    const views = await world.say(alice, 'make them 4 GB');

    expect(views.at(-1)?.title).toBe(
      `${id} is already approved, so I did not change it. Ask for a new request instead.`,
    );
    expect((await world.deps.requests.get(id))?.revision).toBeUndefined();
  });

  it('does not let someone else revise a request', async () => {
    const world = freeTextWorld();
    world.model.script(call('propose_request', twoBoxes('debian-12')));
    const id = requestIdOf((await world.say(alice, 'two debian boxes'))[1]?.title);
    world.model.script(call('propose_request', { ...twoBoxes('debian-12', { memory_gib: 4 }), revises: id }));

    const views = await world.say(mallory, 'make them 4 GB');

    expect(views).toEqual([
      expect.objectContaining({ tone: 'warning', title: `Only alice, who asked for ${id}, can change it.` }),
    ]);
    expect((await world.deps.requests.get(id))?.state).toBe('received');
  });
});
