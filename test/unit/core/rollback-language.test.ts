import { describe, expect, it } from 'vitest';
import { requestRollback } from '../../../src/core/configure/press-rollback.ts';
import { rollbackRequest } from '../../../src/core/configure/rollback-request.ts';
import { errorView } from '../../../src/core/views/notices.ts';
import type { Language } from '../../../src/domain/language.ts';
import type { Request, RequestState } from '../../../src/domain/request.ts';
import { alice, coreWorld, mallory, thread } from '../../support/core-world.ts';

const HASH = 'ab'.repeat(32);

/** A create of web-01 that ended in `state`, asked for in `language`. */
async function endedCreate(state: RequestState, language: Language) {
  const world = coreWorld();
  const created = await world.deps.requests.create({
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
    language,
  });
  const request: Request = { ...created, state, planHash: HASH };
  world.deps.requests.requests.set(request.id, request);
  return { world, request };
}

describe('rolling back a failed create', () => {
  it('says in Italian that the rollback is on its way', async () => {
    const { world, request } = await endedCreate('failed', 'it');

    const [view] = await requestRollback(world.deps, request, alice, HASH.slice(0, 12));

    expect(view).toMatchObject({
      title: `Rollback di ${request.id}`,
      text: 'Rimuovo quanto è stato creato di web-01.',
    });
  });

  it('says in English that the rollback is on its way, as before', async () => {
    const { world, request } = await endedCreate('failed', 'en');

    const [view] = await requestRollback(world.deps, request, alice, HASH.slice(0, 12));

    expect(view).toMatchObject({
      title: `Rolling back ${request.id}`,
      text: 'Removing whatever of web-01 it created.',
    });
  });

  it('says in Italian that it is rolled back already', async () => {
    const { world, request } = await endedCreate('rolled_back', 'it');

    const [view] = await requestRollback(world.deps, request, alice, HASH.slice(0, 12));

    expect(view?.title).toBe(`Il rollback di ${request.id} è già stato fatto.`);
  });

  it('refuses, in Italian, a request that did not fail and a person who may not', async () => {
    const succeeded = await endedCreate('succeeded', 'it');
    const failed = await endedCreate('failed', 'it');

    const errors = await Promise.all([
      requestRollback(succeeded.world.deps, succeeded.request, alice, HASH.slice(0, 12)).catch((e) => e),
      requestRollback(failed.world.deps, failed.request, mallory, HASH.slice(0, 12)).catch((e) => e),
    ]);

    expect(errors.map((e) => errorView(e, 'it').title)).toEqual([
      `${succeeded.request.id} è completata: il rollback si può fare solo su una creazione fallita.`,
      `Solo alice o chi approva può fare il rollback di ${failed.request.id}.`,
    ]);
  });
});

describe('the rollback job', () => {
  it('reports its progress in the language of the request', async () => {
    const [it, en] = await Promise.all([endedCreate('failed', 'it'), endedCreate('failed', 'en')]);

    await rollbackRequest(it.world.deps, it.request.id);
    await rollbackRequest(en.world.deps, en.request.id);

    const progress = (world: typeof it.world) =>
      world.deps.events.published.filter((e) => e.type === 'progress').map((e) => e.message);
    expect(progress(it.world)).toEqual(['rollback in corso']);
    expect(progress(en.world)).toEqual(['rolling back']);
  });
});
