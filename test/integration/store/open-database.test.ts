import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/open-database.ts';
import { SqlRequestStore } from '../../../src/store/sql-request-store.ts';
import { newRequest } from './fixtures.ts';

describe('openDatabase without DATABASE_URL (embedded PGlite)', () => {
  const dirs: string[] = [];

  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('creates the database under the data directory, migrates it once, and keeps data across restarts', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'atlas-store-'));
    dirs.push(dataDir);

    const first = await openDatabase({ dataDir });
    const created = await new SqlRequestStore(first.sql).create(newRequest());
    await first.sql.close();
    const second = await openDatabase({ dataDir });
    const loaded = await new SqlRequestStore(second.sql).get(created.id);
    await second.sql.close();

    expect(first.applied).toEqual(['001_initial.sql', '002_plan_artifacts.sql', '003_request_language.sql']);
    expect(second.applied).toEqual([]);
    expect(loaded).toEqual(created);
  });
});
