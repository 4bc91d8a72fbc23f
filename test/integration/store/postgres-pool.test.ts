import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openPostgres } from '../../../src/store/sql/open-postgres.ts';
import { DATABASE_URL } from '../../support/services.ts';

/** The server's count of open connections that carry this application name. */
async function connectionsNamed(name: string): Promise<number> {
  const probe = await openPostgres({ url: DATABASE_URL, max: 1 });
  try {
    const rows = await probe.query<{ n: string }>(
      'SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1',
      [name],
    );
    return Number(rows[0]?.n);
  } finally {
    await probe.close();
  }
}

function namedUrl(): { url: string; name: string } {
  const name = `atlas-pool-${randomUUID().slice(0, 8)}`;
  const url = new URL(DATABASE_URL);
  url.searchParams.set('application_name', name);
  return { url: url.toString(), name };
}

describe('openPostgres', () => {
  it('opens the warm connections before it returns', async () => {
    const { url, name } = namedUrl();

    const sql = await openPostgres({ url, max: 4, warm: 3 });

    try {
      expect(await connectionsNamed(name)).toBe(3);
    } finally {
      await sql.close();
    }
  });

  it('opens connections only as they are needed when not asked to warm up', async () => {
    const { url, name } = namedUrl();

    const sql = await openPostgres({ url, max: 4 });

    try {
      expect(await connectionsNamed(name)).toBe(1);
    } finally {
      await sql.close();
    }
  });
});
