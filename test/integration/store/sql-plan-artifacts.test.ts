import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/iac/plan-artifacts.ts';
import { SqlPlanArtifacts } from '../../../src/store/sql-plan-artifacts.ts';
import { pgliteDatabase, postgresDatabase, type TestDatabase } from '../../support/services.ts';

describe.each([
  ['PostgreSQL', postgresDatabase],
  ['PGlite', pgliteDatabase],
])('SqlPlanArtifacts on %s', (_name, open) => {
  let db: TestDatabase;
  afterEach(async () => db?.dispose());

  it('gives back the exact bytes saved under their hash, to any other store on the database', async () => {
    db = await open();
    const bytes = new Uint8Array([0, 255, ...randomBytes(4096), 0, 10, 13]);
    const sha = sha256Hex(bytes);

    await new SqlPlanArtifacts(db.sql).save(sha, bytes, { requestId: 'R-7F3K' });
    const loaded = await new SqlPlanArtifacts(db.sql).load(sha);

    expect(loaded).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(loaded!).equals(Buffer.from(bytes))).toBe(true);
    expect(sha256Hex(loaded!)).toBe(sha);
  });

  it('keeps the first bytes when the same hash is saved again, and knows nothing of other hashes', async () => {
    db = await open();
    const artifacts = new SqlPlanArtifacts(db.sql);
    const bytes = new Uint8Array(randomBytes(64));
    const sha = sha256Hex(bytes);
    await artifacts.save(sha, bytes, { requestId: 'R-7F3K' });

    await artifacts.save(sha, new Uint8Array([1, 2, 3]), { requestId: 'R-8G4M' });

    expect(sha256Hex((await artifacts.load(sha))!)).toBe(sha);
    expect(await artifacts.load('0'.repeat(64))).toBeUndefined();
    await expect(artifacts.load('../etc/passwd')).rejects.toThrow(/not a SHA-256/);
  });

  it('deletes the plan files of the given requests stored before a time, and no others', async () => {
    db = await open();
    const artifacts = new SqlPlanArtifacts(db.sql);
    const saved = async (requestId: string) => {
      const bytes = new Uint8Array(randomBytes(64));
      await artifacts.save(sha256Hex(bytes), bytes, { requestId });
      return sha256Hex(bytes);
    };
    const [first, second, other, kept] = [
      await saved('R-7F3K'),
      await saved('R-7F3K'),
      await saved('R-8G4M'),
      await saved('R-9H5N'),
    ];
    const minute = 60_000;
    const earlier = new Date(Date.now() - minute).toISOString();
    const later = new Date(Date.now() + minute).toISOString();

    const tooNew = await artifacts.deleteOfRequests(['R-7F3K', 'R-8G4M'], earlier);
    const deleted = await artifacts.deleteOfRequests(['R-7F3K', 'R-8G4M'], later);
    const again = await artifacts.deleteOfRequests(['R-7F3K', 'R-8G4M'], later);
    const nothing = await artifacts.deleteOfRequests([], later);

    expect([tooNew, deleted, again, nothing]).toEqual([0, 3, 0, 0]);
    for (const sha of [first, second, other]) expect(await artifacts.load(sha)).toBeUndefined();
    expect(await artifacts.load(kept)).toBeInstanceOf(Uint8Array);
  });
});
