import { describe, expect, it } from 'vitest';
import { loadMigrations, orderMigrationFiles } from '../../../src/store/migration-files.ts';

describe('orderMigrationFiles', () => {
  it('orders by version and ignores other files', () => {
    const names = ['010_more.sql', 'README.md', '002_second.sql', '001_initial.sql', '3_bad.sql'];

    const ordered = orderMigrationFiles(names);

    expect(ordered).toEqual([
      { version: 1, name: '001_initial.sql' },
      { version: 2, name: '002_second.sql' },
      { version: 10, name: '010_more.sql' },
    ]);
  });

  it('refuses two files with the same version', () => {
    expect(() => orderMigrationFiles(['001_a.sql', '001_b.sql'])).toThrow(
      /001_a\.sql and 001_b\.sql share a version/,
    );
  });
});

describe('loadMigrations', () => {
  it('reads the migrations shipped with ATLAS, starting at 001', async () => {
    const migrations = await loadMigrations();

    expect(migrations[0]?.name).toBe('001_initial.sql');
    expect(migrations[0]?.text).toContain('CREATE TABLE audit_log');
  });
});
