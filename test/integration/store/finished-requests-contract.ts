import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestState } from '../../../src/domain/request.ts';
import { SqlRequestStore } from '../../../src/store/sql-request-store.ts';
import type { TestDatabase } from '../../support/services.ts';
import { ManualClock, newRequest } from './fixtures.ts';

/** RequestStore.listFinished, the retention sweep's query, on a database of its own. */
export function finishedRequestsContract(open: () => Promise<TestDatabase>): void {
  describe('listing finished requests for the retention sweep', () => {
    let db: TestDatabase;
    let store: SqlRequestStore;
    const clock = new ManualClock();

    beforeAll(async () => {
      db = await open();
      store = new SqlRequestStore(db.sql, { clock });
    });

    afterAll(async () => {
      await db?.dispose();
    });

    /** A request that moved to `state` at `at`. */
    async function ended(state: RequestState, at: string): Promise<string> {
      clock.current = new Date(at);
      const request = await store.create(newRequest());
      await store.transition(request.id, ['received'], state);
      return request.id;
    }

    it('lists terminal requests last changed before the time, oldest first, page by page', async () => {
      const old = [
        await ended('succeeded', '2030-03-01T00:00:00.000Z'),
        await ended('failed', '2030-03-01T01:00:00.000Z'),
        await ended('rejected', '2030-03-01T02:00:00.000Z'),
        await ended('expired', '2030-03-01T03:00:00.000Z'),
        await ended('cancelled', '2030-03-01T04:00:00.000Z'),
      ];
      const sameMoment = [
        await ended('rolled_back', '2030-03-01T05:00:00.000Z'),
        await ended('succeeded', '2030-03-01T05:00:00.000Z'),
      ].sort();
      await ended('applying', '2030-03-01T01:30:00.000Z');
      await ended('awaiting_approval', '2030-03-01T01:40:00.000Z');
      await ended('succeeded', '2030-03-08T00:00:00.000Z');
      const before = '2030-03-08T00:00:00.000Z';

      const first = await store.listFinished({ before, limit: 4 });
      const rest = await store.listFinished({ before, after: first.at(-1), limit: 4 });
      const none = await store.listFinished({ before, after: rest.at(-1), limit: 4 });

      expect([...first, ...rest].map((r) => r.id)).toEqual([...old, ...sameMoment]);
      expect(rest).toHaveLength(3);
      expect(none).toEqual([]);
      expect(first[0]).toEqual(await store.get(old[0] ?? ''));
    });

    it('leaves out a finished request that a job touched since the time (a rollback pressed late)', async () => {
      const failed = await ended('failed', '2030-04-01T00:00:00.000Z');
      const quiet = await ended('failed', '2030-04-01T00:00:01.000Z');
      clock.current = new Date('2030-04-20T00:00:00.000Z');
      const job = { requestId: failed, kind: 'lifecycle', jobId: `lifecycle:${failed}`, attempt: 1 };
      await store.recordJob({ ...job, status: 'started' });
      const after = { id: 'R-0000', updatedAt: '2030-03-31T00:00:00.000Z' };

      const sinceJob = await store.listFinished({ before: '2030-04-15T00:00:00.000Z', after, limit: 10 });
      const afterJob = await store.listFinished({ before: '2030-04-21T00:00:00.000Z', after, limit: 10 });

      expect(sinceJob.map((r) => r.id)).toEqual([quiet]);
      expect(afterJob.map((r) => r.id)).toEqual([failed, quiet]);
    });
  });
}
