import { describe, expect, it } from 'vitest';
import { AtlasError } from '../../../src/domain/errors.ts';
import { describeUrl } from '../../../src/store/sql/open-postgres.ts';
import { databaseError, isUniqueViolation } from '../../../src/store/sql/sql-errors.ts';

function pgError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('databaseError', () => {
  it('calls connection failures transient and says what was happening', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

    const error = databaseError('Loading request R-7F3K', refused);

    expect(error).toBeInstanceOf(AtlasError);
    expect(error.code).toBe('transient');
    expect(error.message).toBe('Loading request R-7F3K: connect ECONNREFUSED 127.0.0.1:5432');
    expect(error.cause).toBe(refused);
  });

  it('calls server shutdowns and deadlocks transient', () => {
    expect(databaseError('x', pgError('57P01', 'terminating connection')).code).toBe('transient');
    expect(databaseError('x', pgError('40P01', 'deadlock detected')).code).toBe('transient');
  });

  it('calls constraint and syntax errors internal: a retry cannot fix them', () => {
    expect(databaseError('x', pgError('23503', 'violates foreign key constraint')).code).toBe('internal');
    expect(databaseError('x', pgError('42601', 'syntax error')).code).toBe('internal');
    expect(databaseError('x', new TypeError('bad value')).code).toBe('internal');
  });

  it('passes an AtlasError through unchanged', () => {
    const original = new AtlasError('conflict', 'Plan P-1 already exists with different contents.');

    expect(databaseError('Saving plan P-1', original)).toBe(original);
  });
});

describe('isUniqueViolation', () => {
  it('recognises SQLSTATE 23505 only', () => {
    expect(isUniqueViolation(pgError('23505', 'duplicate key'))).toBe(true);
    expect(isUniqueViolation(pgError('23503', 'foreign key'))).toBe(false);
    expect(isUniqueViolation('23505')).toBe(false);
  });
});

describe('describeUrl', () => {
  it('names host, port and database but never the password', () => {
    expect(describeUrl('postgres://atlas:s3cret@db.example:6543/atlas')).toBe('db.example:6543/atlas');
    expect(describeUrl('postgres://atlas:s3cret@db.example/atlas')).toBe('db.example:5432/atlas');
    expect(describeUrl('not a url s3cret')).not.toContain('s3cret');
  });
});
