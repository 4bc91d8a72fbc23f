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
});
