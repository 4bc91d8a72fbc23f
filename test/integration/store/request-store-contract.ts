import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_ID_PATTERN } from '../../../src/domain/intent.ts';
import { migrate } from '../../../src/store/migrate.ts';
import { SqlAuditLog } from '../../../src/store/sql-audit-log.ts';
import { SqlRequestStore } from '../../../src/store/sql-request-store.ts';
import type { TestDatabase } from '../../support/services.ts';
import { finishedRequestsContract } from './finished-requests-contract.ts';
import { ManualClock, newPlan, newRequest, newThread } from './fixtures.ts';

/** What every SQL database behind RequestStore and AuditLog must do. */
export function requestStoreContract(name: string, open: () => Promise<TestDatabase>): void {
  describe(`RequestStore and AuditLog on ${name}`, () => {
    let db: TestDatabase;
    let store: SqlRequestStore;
    let audit: SqlAuditLog;
    const clock = new ManualClock();

    beforeAll(async () => {
      db = await open();
      store = new SqlRequestStore(db.sql, { clock });
      audit = new SqlAuditLog(db.sql, { clock });
    });

    afterAll(async () => {
      await db?.dispose();
    });

    finishedRequestsContract(open);

    it('creates a request in state received and reads it back unchanged', async () => {
      const input = newRequest({ expiresAt: '2030-01-01T01:00:00.000Z' });

      const created = await store.create(input);
      const loaded = await store.get(created.id);

      expect(created.id).toMatch(REQUEST_ID_PATTERN);
      expect(created).toMatchObject({ ...input, state: 'received', createdAt: clock.now().toISOString() });
      expect(created.updatedAt).toBe(created.createdAt);
      expect(loaded).toEqual(created);
    });

    it('gives every request its own id', async () => {
      const thread = newThread();

      const created = await Promise.all(
        Array.from({ length: 40 }, () => store.create(newRequest({ thread }))),
      );

      expect(new Set(created.map((request) => request.id)).size).toBe(40);
    });

    it('answers undefined for a request that does not exist', async () => {
      expect(await store.get('R-ZZZZZZZZ')).toBeUndefined();
    });

    it('moves a request only from the expected state and applies the patch', async () => {
      const request = await store.create(newRequest());
      clock.advance(1000);
      const result = [{ name: 'web-01', vmid: 101, node: 'pve1', ip: '10.0.0.5' }];

      const wrong = await store.transition(request.id, ['approved'], 'applying');
      const moved = await store.transition(request.id, ['received'], 'planning', { planId: 'P-1', result });

      expect(wrong).toBeUndefined();
      expect(moved).toMatchObject({
        state: 'planning',
        planId: 'P-1',
        result,
        updatedAt: clock.now().toISOString(),
      });
      expect(moved?.createdAt).toBe(request.createdAt);
      expect(await store.get(request.id)).toEqual(moved);
    });

    it('keeps the language a request was asked in', async () => {
      const italian = await store.create(newRequest({ language: 'it' }));
      const plain = await store.create(newRequest());

      expect((await store.get(italian.id))?.language).toBe('it');
      expect(await store.get(plain.id)).not.toHaveProperty('language');
    });

    it('revises a request before approval: new operation, plan cleared, planned again', async () => {
      const request = await store.create(newRequest());
      await store.transition(request.id, ['received'], 'planning');
      const planned = await store.transition(request.id, ['planning'], 'awaiting_approval', {
        planId: 'P-1',
        planHash: 'a'.repeat(64),
        expiresAt: '2030-01-01T00:00:00.000Z',
      });
      const bigger = newRequest().operation;
      if (bigger.kind === 'create') bigger.vms[0]!.memoryMiB = 16384;

      const revised = await store.revise(request.id, ['awaiting_approval'], bigger);
      const again = await store.revise(request.id, ['awaiting_approval'], bigger);

      expect(planned?.planHash).toBeDefined();
      expect(revised).toMatchObject({ id: request.id, state: 'planning', revision: 1, operation: bigger });
      expect(revised).not.toHaveProperty('planHash');
      expect(revised).not.toHaveProperty('planId');
      expect(revised).not.toHaveProperty('expiresAt');
      expect(again).toBeUndefined();
      expect(await store.get(request.id)).toEqual(revised);
    });

    it('moves a request with an expected revision only while it is still that revision', async () => {
      const request = await store.create(newRequest());
      await store.transition(request.id, ['received'], 'planning');
      await store.revise(request.id, ['planning'], request.operation);

      const stale = await store.transition(
        request.id,
        ['planning'],
        'awaiting_approval',
        {},
        { revision: 0 },
      );
      const current = await store.transition(
        request.id,
        ['planning'],
        'awaiting_approval',
        {},
        { revision: 1 },
      );

      expect(stale).toBeUndefined();
      expect(current).toMatchObject({ state: 'awaiting_approval', revision: 1 });
    });

    it('lets exactly one of two concurrent transitions from the same state win', async () => {
      const requests = await Promise.all(Array.from({ length: 5 }, () => store.create(newRequest())));

      const outcomes = await Promise.all(
        requests.map((request) =>
          Promise.all([
            store.transition(request.id, ['received'], 'planning'),
            store.transition(request.id, ['received'], 'cancelled', { reason: 'changed my mind' }),
          ]),
        ),
      );

      for (const [index, pair] of outcomes.entries()) {
        const winners = pair.filter((outcome) => outcome !== undefined);
        expect(winners).toHaveLength(1);
        expect((await store.get(requests[index]!.id))?.state).toBe(winners[0]?.state);
      }
    });

    it('lists the requests of a thread newest first, up to the limit', async () => {
      const thread = newThread();
      const ids: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        clock.advance(1000);
        ids.push((await store.create(newRequest({ thread }))).id);
      }
      await store.create(newRequest());

      const all = await store.listByThread(thread);
      const two = await store.listByThread(thread, 2);

      expect(all.map((request) => request.id)).toEqual(ids.toReversed());
      expect(two.map((request) => request.id)).toEqual(ids.toReversed().slice(0, 2));
    });

    it('orders requests made in the same millisecond by when they were stored', async () => {
      const thread = newThread();
      const first = await store.create(newRequest({ thread }));
      const second = await store.create(newRequest({ thread }));

      const listed = await store.listByThread(thread);

      expect(listed.map((request) => request.id)).toEqual([second.id, first.id]);
    });

    it('lists the requests of one requester', async () => {
      const requester = { id: `discord:${Date.now()}${Math.floor(Math.random() * 1e6)}` };
      const mine = await store.create(newRequest({ requester }));
      await store.create(newRequest());

      const listed = await store.listByRequester(requester.id);

      expect(listed.map((request) => request.id)).toEqual([mine.id]);
    });

    it('lists requests awaiting approval whose expiry has passed', async () => {
      const now = clock.now().getTime();
      const at = (offsetMs: number) => new Date(now + offsetMs).toISOString();
      const awaiting = async (expiresAt: string) => {
        const request = await store.create(newRequest({ expiresAt }));
        await store.transition(request.id, ['received'], 'planning');
        return (await store.transition(request.id, ['planning'], 'awaiting_approval'))!;
      };
      const expired = await awaiting(at(-60_000));
      const fresh = await awaiting(at(60_000));
      const planningOnly = await store.create(newRequest({ expiresAt: at(-60_000) }));

      const listed = (await store.listExpired(at(0))).map((request) => request.id);

      expect(listed).toContain(expired.id);
      expect(listed).not.toContain(fresh.id);
      expect(listed).not.toContain(planningOnly.id);
    });

    it('saves a plan, reads it back, and refuses a different plan under the same id', async () => {
      const request = await store.create(newRequest());
      const plan = newPlan(request.id);

      await store.savePlan(plan);
      await store.savePlan(plan);

      expect(await store.getPlan(plan.id)).toEqual(plan);
      expect(await store.getPlan('P-missing')).toBeUndefined();
      const changed = { ...newPlan(request.id, 202), id: plan.id };
      await expect(store.savePlan(changed)).rejects.toMatchObject({ code: 'conflict' });
    });

    it('records each approver once', async () => {
      const request = await store.create(newRequest());
      const approval = {
        requestId: request.id,
        planHash: 'b'.repeat(64),
        approver: 'slack:U1',
        at: clock.now().toISOString(),
      };

      const first = await store.addApproval(approval);
      const again = await store.addApproval({ ...approval, at: '2031-01-01T00:00:00.000Z' });
      const other = await store.addApproval({ ...approval, approver: 'slack:U2' });

      expect([first, again, other]).toEqual([true, false, true]);
      expect(await store.listApprovals(request.id)).toEqual([
        approval,
        { ...approval, approver: 'slack:U2' },
      ]);
    });

    it('keeps the job history of a request in order', async () => {
      const request = await store.create(newRequest());
      const job = { requestId: request.id, kind: 'apply', jobId: `apply:${request.id}`, attempt: 1 };

      await store.recordJob({ ...job, status: 'started' });
      await store.recordJob({ ...job, status: 'retrying', detail: 'clone lock timeout' });
      await store.recordJob({ ...job, status: 'completed', attempt: 2 });

      const jobs = await store.listJobs(request.id);
      expect(jobs.map((entry) => [entry.status, entry.attempt, entry.detail])).toEqual([
        ['started', 1, undefined],
        ['retrying', 1, 'clone lock timeout'],
        ['completed', 2, undefined],
      ]);
      expect(jobs[0]?.at).toBe(clock.now().toISOString());
    });

    it('appends audit entries and lists them by request, time and limit, oldest first', async () => {
      const request = await store.create(newRequest());
      const thread = request.thread;
      const first = await audit.append({
        actor: 'slack:U024BE7LH',
        action: 'request.created',
        requestId: request.id,
        thread,
      });
      clock.advance(5000);
      const second = await audit.append({
        actor: 'atlas',
        action: 'plan.ready',
        requestId: request.id,
        planHash: 'c'.repeat(64),
      });
      const third = await audit.append({
        actor: 'slack:U2',
        action: 'request.approved',
        requestId: request.id,
        detail: 'ok',
        at: '2035-01-01T00:00:00.000Z',
      });
      await audit.append({ actor: 'atlas', action: 'other' });

      const byRequest = await audit.list({ requestId: request.id });
      const since = await audit.list({ requestId: request.id, since: second.at });
      const limited = await audit.list({ requestId: request.id, limit: 1 });

      expect(first).toMatchObject({ actor: 'slack:U024BE7LH', thread, at: expect.any(String) });
      expect(second.id).toBeGreaterThan(first.id);
      expect(third.at).toBe('2035-01-01T00:00:00.000Z');
      expect(byRequest).toEqual([first, second, third]);
      expect(since).toEqual([second, third]);
      expect(limited).toEqual([first]);
    });

    it('refuses to update, delete or truncate audit entries', async () => {
      const entry = await audit.append({ actor: 'atlas', action: 'request.expired' });

      await expect(
        db.sql.query("UPDATE audit_log SET actor = 'mallory' WHERE id = $1", [entry.id]),
      ).rejects.toThrow(/append-only/);
      await expect(db.sql.query('DELETE FROM audit_log WHERE id = $1', [entry.id])).rejects.toThrow(
        /append-only/,
      );
      await expect(db.sql.exec('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
      expect((await audit.list({ since: entry.at })).map((e) => e.actor)).toContain('atlas');
    });

    it('applies no migration twice', async () => {
      const again = await migrate(db.sql);

      const rows = await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');

      expect(again).toEqual([]);
      expect(rows[0]?.n).toBeGreaterThan(0);
    });
  });
}
